// Renders one plugin's Velocity templates the way Confluence 10 does: method allowlist and HTML auto-escaping.
package io.followthrough.devhost.velocity;

import com.atlassian.confluence.plugin.services.VelocityHelperService;
import io.followthrough.devhost.i18n.HostI18n;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.RuntimeConstants;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One engine per plugin, never Velocity's singleton: templates come from the plugin's class loader
 * and calls are checked against that plugin's allowlist.
 */
public final class HostVelocity implements VelocityHelperService {

    private static final String LOADER = "plugin";
    private static final String ENCODING = StandardCharsets.UTF_8.name();

    private final VelocityEngine engine;
    private final HostI18n i18n;

    /**
     * @param templates class loader of the plugin jar; template names are resource paths in it
     * @param allowlist the plugin's {@code <velocity-allowlist>} method entries
     * @param strict    whether a call that is not allowlisted fails the render (tests) instead of
     *                  being logged and yielding nothing (Confluence)
     */
    public HostVelocity(ClassLoader templates, Set<String> allowlist, HostI18n i18n, boolean strict) {
        this.i18n = i18n;
        this.engine = new VelocityEngine();
        engine.setApplicationAttribute(AllowlistUberspect.SETTINGS,
                new AllowlistUberspect.Settings(new MethodAllowlist(allowlist), strict));
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM, new Slf4jLogChute());
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER, LOADER);
        engine.setProperty(LOADER + ".resource.loader.instance", new PluginTemplateLoader(templates));
        engine.setProperty(LOADER + ".resource.loader.cache", "true");
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspect.class.getName());
        engine.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION,
                HtmlEscapingInsertionHandler.class.getName());
        // No global macro library: a plugin's templates are self-contained.
        engine.setProperty(RuntimeConstants.VM_LIBRARY, "");
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, ENCODING);
        engine.setProperty(RuntimeConstants.OUTPUT_ENCODING, ENCODING);
        engine.init();
    }

    /** What Confluence's default macro context offers that our templates use: {@code $i18n}. */
    @Override
    public Map<String, Object> createDefaultVelocityContext() {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", i18n);
        return context;
    }

    /** @throws TemplateRenderException if the template is missing, does not parse or fails to render */
    @Override
    public String getRenderedTemplate(String templateName, Map<String, ?> contextMap) {
        Template template = template(templateName);
        // A copy, so that #set in the template does not change the caller's map.
        VelocityContext context = new VelocityContext(new HashMap<>(contextMap));
        StringWriter out = new StringWriter();
        try {
            template.merge(context, out);
        } catch (RuntimeException e) {
            throw new TemplateRenderException("Cannot render Velocity template " + templateName + ": "
                    + e.getMessage(), e);
        }
        return out.toString();
    }

    private Template template(String name) {
        try {
            return engine.getTemplate(name, ENCODING);
        } catch (ResourceNotFoundException e) {
            throw new TemplateRenderException("Velocity template " + name
                    + " not found in the plugin's class loader", e);
        } catch (ParseErrorException e) {
            throw new TemplateRenderException("Velocity template " + name + " does not parse: "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new TemplateRenderException("Cannot load Velocity template " + name + ": " + e.getMessage(), e);
        }
    }
}
