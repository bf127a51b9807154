package io.followthrough.devhost.web;

import io.followthrough.devhost.plugin.PluginDescriptor;
import io.followthrough.devhost.plugin.PluginDescriptor.Resource;
import io.followthrough.devhost.plugin.PluginDescriptor.WebResource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Writes the link and script tags for the web resources a page required, dependencies first. */
final class WebResources {
    private final PluginDescriptor descriptor;

    WebResources(PluginDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    List<String> tags(Set<String> required) {
        Set<String> ordered = new LinkedHashSet<>();
        required.forEach(key -> collect(key, ordered));
        List<String> tags = new ArrayList<>();
        for (String key : ordered) {
            WebResource module = module(key);
            for (Resource resource : module.resources()) {
                String url = "/download/resources/" + Html.escape(key) + "/" + Html.escape(resource.name());
                if (resource.name().endsWith(".css")) {
                    tags.add("<link rel=\"stylesheet\" href=\"" + url + "\">");
                } else if (resource.name().endsWith(".js")) {
                    tags.add("<script src=\"" + url + "\"></script>");
                }
            }
        }
        return tags;
    }

    private void collect(String key, Set<String> ordered) {
        if (ordered.contains(key) || !key.startsWith(descriptor.key() + ":")) {
            return;
        }
        module(key).dependencies().forEach(dependency -> collect(dependency, ordered));
        ordered.add(key);
    }

    /** A required resource that the descriptor does not declare is a plugin bug; say which. */
    WebResource module(String completeKey) {
        String key = completeKey.substring(completeKey.indexOf(':') + 1);
        return descriptor.webResources().stream().filter(w -> w.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("web resource " + completeKey + " is not declared in atlassian-plugin.xml"));
    }
}
