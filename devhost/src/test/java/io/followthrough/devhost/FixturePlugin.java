package io.followthrough.devhost;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Builds the test-only fixture plugin jar the way maven-bundle-plugin builds the real one: manifest
 * headers, descriptor and Spring XML from {@code src/test/resources/fixtureplugin}, and the compiled
 * classes of the {@code io.followthrough.devhost.fixtureplugin} package.
 */
public final class FixturePlugin {
    public static final String KEY = "io.followthrough.devhost.fixture";
    private static final String CLASSES = "io/followthrough/devhost/fixtureplugin";
    private static final List<String> RESOURCES = List.of("atlassian-plugin.xml", "META-INF/spring/fixture-context.xml");
    private static final List<String> IMPORTS = List.of(
            "com.atlassian.activeobjects.external",
            "com.atlassian.annotations.security",
            "com.atlassian.confluence.core",
            "com.atlassian.confluence.event.events.content.page",
            "com.atlassian.confluence.pages",
            "com.atlassian.confluence.spaces",
            "com.atlassian.confluence.user",
            "com.atlassian.event.api",
            "com.atlassian.plugins.rest.api.security.annotation",
            "com.atlassian.sal.api.rdbms",
            "com.atlassian.sal.api.transaction",
            "com.atlassian.sal.api.user",
            "com.atlassian.scheduler",
            "com.atlassian.scheduler.config",
            "jakarta.servlet",
            "jakarta.servlet.http",
            "jakarta.ws.rs",
            "jakarta.ws.rs.core",
            "net.java.ao",
            "net.java.ao.schema");

    private FixturePlugin() {
    }

    public static Path jar() {
        try {
            Path jar = Files.createTempFile("fixture-plugin", ".jar");
            Manifest manifest = new Manifest();
            Attributes main = manifest.getMainAttributes();
            main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
            main.putValue("Atlassian-Plugin-Key", KEY);
            main.putValue("Spring-Context", "*");
            main.putValue("Import-Package", String.join(",", IMPORTS));
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
                for (String resource : RESOURCES) {
                    try (InputStream in = FixturePlugin.class.getResourceAsStream("/fixtureplugin/" + resource)) {
                        add(zip, resource, in.readAllBytes());
                    }
                }
                Path classes = Path.of(FixturePlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                try (Stream<Path> files = Files.walk(classes.resolve(CLASSES))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                        add(zip, classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                    }
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the fixture plugin jar", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("test classes location", e);
        }
    }

    private static void add(JarOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new JarEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
