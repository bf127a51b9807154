package io.followthrough.devhost.plugin;

import java.util.List;
import java.util.Map;

/** What a plugin's atlassian-plugin.xml declares, as far as the dev host implements it. */
public record PluginDescriptor(
        String key,
        String name,
        String version,
        Map<String, String> pluginInfoParams,
        List<String> i18nLocations,
        List<WebResource> webResources,
        List<MacroModule> macros,
        List<String> velocityAllowlist,
        List<AoModule> activeObjects,
        List<RestModule> rest,
        List<ServletModule> servlets,
        List<WebItem> webItems) {

    /** A downloadable file of a web resource. */
    public record Resource(String type, String name, String location) {
    }

    public record WebResource(String key, List<Resource> resources, List<String> dependencies, List<String> contexts) {
    }

    /** One macro-browser parameter. */
    public record MacroParameter(String name, String type, boolean required, boolean multiple, boolean hidden,
                                 String defaultValue, List<String> values) {
    }

    public record MacroModule(String name, String key, String className, String category, String descriptionKey,
                              List<MacroParameter> parameters) {
    }

    public record AoModule(String key, String namespace, List<String> entities, List<String> upgradeTasks) {
    }

    public record RestModule(String key, String path, String version, List<String> packages) {
    }

    public record ServletModule(String key, String className, List<String> urlPatterns) {
    }

    public record WebItem(String key, String section, int weight, String labelKey, String link) {
    }

    public MacroModule macro(String macroName) {
        return macros.stream().filter(m -> m.name().equals(macroName)).findFirst().orElse(null);
    }
}
