package io.followthrough.devhost.plugin;

import io.followthrough.devhost.plugin.PluginDescriptor.AoModule;
import io.followthrough.devhost.plugin.PluginDescriptor.MacroModule;
import io.followthrough.devhost.plugin.PluginDescriptor.MacroParameter;
import io.followthrough.devhost.plugin.PluginDescriptor.Resource;
import io.followthrough.devhost.plugin.PluginDescriptor.RestModule;
import io.followthrough.devhost.plugin.PluginDescriptor.ServletModule;
import io.followthrough.devhost.plugin.PluginDescriptor.WebItem;
import io.followthrough.devhost.plugin.PluginDescriptor.WebResource;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reads atlassian-plugin.xml strictly: unknown or malformed modules stop the plugin from loading. */
public final class DescriptorParser {
    /** Macro parameter types Confluence's macro browser knows (MacroParameterType). */
    static final Set<String> PARAMETER_TYPES = Set.of("string", "boolean", "username", "enum", "int", "spacekey",
            "relativedate", "percentage", "confluence-content", "url", "color", "attachment", "full_attachment",
            "label", "date", "group", "cql");
    static final Set<String> MACRO_CATEGORIES = Set.of("formatting", "confluence-content", "media", "visuals",
            "navigation", "external-content", "communication", "reporting", "admin", "development", "hidden-macros");
    private static final Set<String> MODULES = Set.of("plugin-info", "resource", "web-resource", "xhtml-macro",
            "velocity-allowlist", "ao", "rest", "rest-migration", "servlet", "web-item");

    public PluginDescriptor parse(InputStream xml) {
        Element root = document(xml).getDocumentElement();
        if (!"atlassian-plugin".equals(root.getTagName())) {
            throw fail("root element is <" + root.getTagName() + ">, expected <atlassian-plugin>");
        }
        String key = required(root, "key");
        Map<String, String> params = new LinkedHashMap<>();
        String version = "";
        List<String> i18n = new ArrayList<>();
        List<WebResource> webResources = new ArrayList<>();
        List<MacroModule> macros = new ArrayList<>();
        List<String> allowlist = new ArrayList<>();
        List<AoModule> ao = new ArrayList<>();
        List<RestModule> rest = new ArrayList<>();
        List<ServletModule> servlets = new ArrayList<>();
        List<WebItem> webItems = new ArrayList<>();
        for (Element module : children(root)) {
            switch (module.getTagName()) {
                case "plugin-info" -> {
                    version = text(child(module, "version"));
                    children(module, "param").forEach(p -> params.put(required(p, "name"), text(p)));
                }
                case "resource" -> i18n.add(i18nResource(module));
                case "web-resource" -> webResources.add(webResource(module));
                case "xhtml-macro" -> macros.add(macro(module));
                case "velocity-allowlist" -> children(module, "method").forEach(m -> allowlist.add(text(m)));
                case "ao" -> ao.add(new AoModule(required(module, "key"), required(module, "namespace"),
                        texts(module, "entity"), texts(module, "upgradeTask")));
                case "rest" -> rest.add(new RestModule(required(module, "key"), required(module, "path"),
                        required(module, "version"), texts(module, "package")));
                case "servlet" -> servlets.add(servlet(module));
                case "web-item" -> webItems.add(webItem(module));
                case "rest-migration" -> { /* REST v2 marker: the dev host only serves REST v2 */ }
                default -> throw fail("unknown module <" + module.getTagName() + ">; the dev host supports "
                        + String.join(", ", MODULES.stream().sorted().toList()));
            }
        }
        return new PluginDescriptor(key, root.getAttribute("name"), version, params, i18n, webResources, macros,
                allowlist, ao, rest, servlets, webItems);
    }

    private static String i18nResource(Element resource) {
        if (!"i18n".equals(resource.getAttribute("type"))) {
            throw fail("top-level <resource> of type '" + resource.getAttribute("type") + "': only i18n is supported");
        }
        return required(resource, "location");
    }

    private static WebResource webResource(Element module) {
        List<Resource> resources = new ArrayList<>();
        for (Element r : children(module, "resource")) {
            resources.add(new Resource(required(r, "type"), required(r, "name"), required(r, "location")));
        }
        return new WebResource(required(module, "key"), resources, texts(module, "dependency"), texts(module, "context"));
    }

    private static MacroModule macro(Element module) {
        String name = required(module, "name");
        List<MacroParameter> parameters = new ArrayList<>();
        Element list = child(module, "parameters");
        for (Element p : list == null ? List.<Element>of() : children(list, "parameter")) {
            String type = required(p, "type");
            if (!PARAMETER_TYPES.contains(type)) {
                throw fail("macro '" + name + "' parameter '" + p.getAttribute("name") + "' has unknown type '" + type + "'");
            }
            List<String> values = new ArrayList<>();
            children(p, "value").forEach(v -> values.add(required(v, "name")));
            parameters.add(new MacroParameter(required(p, "name"), type, bool(p, "required"), bool(p, "multiple"),
                    bool(p, "hidden"), p.getAttribute("default"), values));
        }
        Element category = child(module, "category");
        String categoryName = category == null ? "" : required(category, "name");
        if (category != null && !MACRO_CATEGORIES.contains(categoryName)) {
            throw fail("macro '" + name + "' has unknown category '" + categoryName + "'");
        }
        Element description = child(module, "description");
        return new MacroModule(name, required(module, "key"), required(module, "class"), categoryName,
                description == null ? "" : description.getAttribute("key"), parameters);
    }

    private static ServletModule servlet(Element module) {
        List<String> patterns = texts(module, "url-pattern");
        if (patterns.isEmpty()) {
            throw fail("servlet '" + module.getAttribute("key") + "' has no <url-pattern>");
        }
        return new ServletModule(required(module, "key"), required(module, "class"), patterns);
    }

    private static WebItem webItem(Element module) {
        Element label = child(module, "label");
        Element link = child(module, "link");
        if (label == null || link == null) {
            throw fail("web-item '" + module.getAttribute("key") + "' needs <label key=…> and <link>");
        }
        String weight = module.getAttribute("weight");
        return new WebItem(required(module, "key"), required(module, "section"),
                weight.isEmpty() ? 0 : Integer.parseInt(weight), required(label, "key"), text(link));
    }

    private static Document document(InputStream xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(xml);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new PluginDescriptorException("atlassian-plugin.xml does not parse: " + e.getMessage(), e);
        }
    }

    private static String required(Element element, String attribute) {
        String value = element.getAttribute(attribute).strip();
        if (value.isEmpty()) {
            throw fail("<" + element.getTagName() + "> needs a '" + attribute + "' attribute");
        }
        if (value.contains("${")) {
            throw fail("<" + element.getTagName() + " " + attribute + "=\"" + value + "\"> holds an unfiltered Maven property");
        }
        return value;
    }

    private static boolean bool(Element element, String attribute) {
        return Boolean.parseBoolean(element.getAttribute(attribute));
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Element> children(Element parent, String tag) {
        return children(parent).stream().filter(e -> e.getTagName().equals(tag)).toList();
    }

    private static Element child(Element parent, String tag) {
        return children(parent, tag).stream().findFirst().orElse(null);
    }

    private static List<String> texts(Element parent, String tag) {
        return children(parent, tag).stream().map(DescriptorParser::text).toList();
    }

    private static String text(Element element) {
        return element == null ? "" : element.getTextContent().strip();
    }

    private static PluginDescriptorException fail(String message) {
        return new PluginDescriptorException("atlassian-plugin.xml: " + message);
    }
}
