package io.followthrough.devhost.plugin;

import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;

/**
 * The host side of a plugin's class loader: like an OSGi framework, it shows the plugin only the
 * packages its manifest imports (plus java.*), so a missing Import-Package fails here as it would
 * in Confluence instead of working by accident. Like OSGi's boot delegation, it also lets through
 * the JDK's reflection internals, which the accessor classes the JVM generates for repeated
 * reflective calls into plugin classes load through the plugin's loader.
 */
final class ImportFilteringClassLoader extends ClassLoader {
    private final Set<String> importedPackages;
    private final String pluginKey;

    ImportFilteringClassLoader(ClassLoader host, Set<String> importedPackages, String pluginKey) {
        super(host);
        this.importedPackages = Set.copyOf(importedPackages);
        this.pluginKey = pluginKey;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        String pkg = name.lastIndexOf('.') < 0 ? "" : name.substring(0, name.lastIndexOf('.'));
        if (pkg.startsWith("java.") || pkg.equals("jdk.internal.reflect") || importedPackages.contains(pkg)) {
            return super.loadClass(name, resolve);
        }
        throw new ClassNotFoundException(name + " (package " + pkg + " is not in " + pluginKey + "'s Import-Package)");
    }

    // Resources (templates, i18n, Spring XML) come from the plugin jar only.
    @Override
    public URL getResource(String name) {
        return null;
    }

    @Override
    public Enumeration<URL> getResources(String name) {
        return Collections.emptyEnumeration();
    }
}
