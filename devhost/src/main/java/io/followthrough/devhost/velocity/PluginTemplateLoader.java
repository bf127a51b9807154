// Loads templates by name from one plugin's class loader, so each plugin sees only its own templates.
package io.followthrough.devhost.velocity;

import org.apache.commons.collections.ExtendedProperties;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;

import java.io.InputStream;

/** Velocity's own ClasspathResourceLoader asks the thread's context class loader, which is not the plugin's. */
final class PluginTemplateLoader extends ResourceLoader {

    private final ClassLoader templates;

    PluginTemplateLoader(ClassLoader templates) {
        this.templates = templates;
    }

    @Override
    public void init(ExtendedProperties configuration) {
        // The class loader is all this loader needs; it arrives through the constructor.
    }

    @Override
    public InputStream getResourceStream(String name) {
        String path = name.startsWith("/") ? name.substring(1) : name;
        InputStream in = templates.getResourceAsStream(path);
        if (in == null) {
            throw new ResourceNotFoundException("Template " + name + " is not in the plugin");
        }
        return in;
    }

    // A loaded plugin's jar does not change; a new plugin version gets a new engine.
    @Override
    public boolean isSourceModified(Resource resource) {
        return false;
    }

    @Override
    public long getLastModified(Resource resource) {
        return 0;
    }
}
