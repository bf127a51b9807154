package io.followthrough.devhost.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * A plugin jar opened the way Confluence opens a transformerless plugin: manifest headers checked,
 * descriptor parsed, classes in their own loader that sees only the imported host packages.
 */
public final class PluginBundle implements AutoCloseable {
    private final Path jar;
    private final Manifest manifest;
    private final PluginDescriptor descriptor;
    private final PluginClassLoader classLoader;
    private final List<String> springXml;

    private PluginBundle(Path jar, Manifest manifest, PluginDescriptor descriptor, PluginClassLoader classLoader,
                         List<String> springXml) {
        this.jar = jar;
        this.manifest = manifest;
        this.descriptor = descriptor;
        this.classLoader = classLoader;
        this.springXml = springXml;
    }

    public static PluginBundle open(Path jar, ClassLoader host) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                throw new PluginDescriptorException(jar + " has no manifest");
            }
            Attributes main = manifest.getMainAttributes();
            var entry = file.getJarEntry("atlassian-plugin.xml");
            if (entry == null) {
                throw new PluginDescriptorException(jar + " has no atlassian-plugin.xml at its root");
            }
            PluginDescriptor descriptor;
            try (InputStream in = file.getInputStream(entry)) {
                descriptor = new DescriptorParser().parse(in);
            }
            requireHeader(main, "Atlassian-Plugin-Key", descriptor.key());
            requireHeader(main, "Spring-Context", null);
            List<String> springXml = file.stream()
                    .map(e -> e.getName())
                    .filter(n -> n.startsWith("META-INF/spring/") && n.endsWith(".xml"))
                    .sorted().toList();
            Set<String> imports = importedPackages(main.getValue("Import-Package"));
            PluginClassLoader loader = new PluginClassLoader("plugin:" + descriptor.key(), jar.toUri().toURL(),
                    new ImportFilteringClassLoader(host, imports, descriptor.key()));
            return new PluginBundle(jar, manifest, descriptor, loader, springXml);
        } catch (MalformedURLException e) {
            throw new PluginDescriptorException("bad plugin path " + jar, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plugin " + jar, e);
        }
    }

    private static void requireHeader(Attributes main, String header, String expected) {
        String value = main.getValue(header);
        if (value == null || value.isBlank()) {
            throw new PluginDescriptorException("manifest header " + header + " is missing");
        }
        if (expected != null && !expected.equals(value.strip())) {
            throw new PluginDescriptorException("manifest " + header + " is '" + value + "' but atlassian-plugin.xml key is '" + expected + "'");
        }
    }

    /** Package names from an OSGi Import-Package header, attributes dropped. */
    static Set<String> importedPackages(String header) {
        Set<String> packages = new LinkedHashSet<>();
        if (header == null) {
            return packages;
        }
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                String name = clause.toString().split(";", 2)[0].strip();
                if (!name.isEmpty()) {
                    packages.add(name);
                }
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return packages;
    }

    public Path jar() {
        return jar;
    }

    public Manifest manifest() {
        return manifest;
    }

    public PluginDescriptor descriptor() {
        return descriptor;
    }

    public ClassLoader classLoader() {
        return classLoader;
    }

    public List<String> springXml() {
        return new ArrayList<>(springXml);
    }

    public URL resource(String location) {
        return classLoader.findResource(location.startsWith("/") ? location.substring(1) : location);
    }

    @Override
    public void close() throws IOException {
        classLoader.close();
    }
}
