package io.followthrough.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.confluence.macro.Macro;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

/** Resolves the built plugin jar in a real OSGi framework against the packages Confluence 10.2 exports. */
class OsgiResolutionIT {

    /*
     * Package versions Confluence 10.2 exports, by package prefix (the longest matching prefix wins).
     * "10.2.11 BOM" = com.atlassian.platform.dependencies:platform-public-api:8.3.16, which
     * confluence-project:10.2.11 imports (HANDOFF notes in github.com/mrkhachaturov/confluence-mcp-plugin).
     *
     * | packages                             | version | source                                                                   |
     * |--------------------------------------|---------|--------------------------------------------------------------------------|
     * | com.atlassian.confluence.*           | 10.2.11 | INFERRED: Confluence exports its own packages with the product version   |
     * | com.atlassian.sal.api.*              | 7.0.4   | sal-api 7.0.4 in the 10.2.11 BOM; package = artifact version INFERRED    |
     * | com.atlassian.sal.api.rdbms          | 7.0.4   | SAL API package since SAL 3.0 (sal-parent 3.0.0 javadoc); same inference |
     * | com.atlassian.plugins.rest.api.*     | 9.1.4   | atlassian-rest-v2-api 9.1.4 in the 10.2.11 BOM; same inference           |
     * | com.atlassian.annotations.*          | 5.1.5   | atlassian-annotations 5.1.5 in the 10.2.11 BOM; same inference           |
     * | com.atlassian.event.api              | none    | UNKNOWN: atlassian-event version in 10.2 not found                       |
     * | com.atlassian.webresource.api.*      | none    | UNKNOWN: web-resource API version in 10.2 not found                      |
     * | com.atlassian.user                   | none    | UNKNOWN: atlassian-user version in 10.2 not found                        |
     * | com.atlassian.activeobjects.external | none    | UNKNOWN: exported by the Active Objects plugin, version not found        |
     * | com.atlassian.scheduler, .config     | none    | UNKNOWN: atlassian-scheduler version in 10.2 not found                   |
     * | jakarta.servlet, .http               | 6.0.0   | 10.2.11 BOM; jakarta.servlet-api-6.0.0.jar exports these at 6.0.0        |
     * | jakarta.ws.rs, .core, .ext           | 3.1.0   | 10.2.11 BOM; jakarta.ws.rs-api-3.1.0.jar exports these at 3.1.0          |
     * | jakarta.inject                       | 2.0.1   | 10.2.11 BOM; jakarta.inject-api-2.0.1.jar exports it at 2.0.1            |
     * | net.java.ao, net.java.ao.schema      | 6.1.1   | INFERRED: AO 6.1.1 is the current ORM line; the 10.2 version is not found |
     * | org.springframework.*                | 6.2.19  | github.com/deftdevs/bootstrapi root pom, "versions shipped by" Confluence |
     * |                                      |         | 10.2 (platform 8.3.21, a later 10.2.x than 10.2.11)                       |
     *
     * "none" exports the package at 0.0.0: only an import without a version range resolves, so
     * adding a range to such an import fails here until someone finds the real version.
     */
    private static final Map<String, String> VERSIONS = Map.ofEntries(
            Map.entry("com.atlassian.confluence", "10.2.11"),
            Map.entry("com.atlassian.sal.api", "7.0.4"),
            Map.entry("com.atlassian.sal.api.rdbms", "7.0.4"),
            Map.entry("com.atlassian.plugins.rest.api", "9.1.4"),
            Map.entry("com.atlassian.annotations", "5.1.5"),
            Map.entry("com.atlassian.event.api", ""),
            Map.entry("com.atlassian.webresource.api", ""),
            Map.entry("com.atlassian.user", ""),
            Map.entry("com.atlassian.activeobjects.external", ""),
            Map.entry("com.atlassian.scheduler", ""),
            Map.entry("jakarta.servlet", "6.0.0"),
            Map.entry("jakarta.ws.rs", "3.1.0"),
            Map.entry("jakarta.inject", "2.0.1"),
            Map.entry("net.java.ao", "6.1.1"),
            Map.entry("org.springframework", "6.2.19"));

    /** Exported packages that host-api does not declare; host-api's own packages are read from its classes. */
    private static final List<String> LIBRARY_PACKAGES = List.of(
            "jakarta.servlet", "jakarta.servlet.http",
            "jakarta.ws.rs", "jakarta.ws.rs.core", "jakarta.ws.rs.ext",
            "jakarta.inject",
            "net.java.ao", "net.java.ao.schema",
            "org.springframework.beans.factory", "org.springframework.beans.factory.annotation",
            "org.springframework.context", "org.springframework.context.annotation");

    private static final Pattern PACKAGE_IN_FILTER =
            Pattern.compile("\\(" + Pattern.quote(PackageNamespace.PACKAGE_NAMESPACE) + "=([^)]+)\\)");

    @TempDir
    Path temp;

    private Framework framework;

    @BeforeEach
    void startFrameworkWithConfluenceExports() throws Exception {
        framework = new FrameworkFactory().newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, temp.resolve("felix-cache").toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        framework.start();
        install(confluenceExportsBundle());
    }

    @AfterEach
    void stopFramework() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    @Test
    void everyHostApiPackageHasAVersionOnRecord() throws Exception {
        assertThat(hostApiPackages()).isNotEmpty()
                .allSatisfy(p -> assertThat(version(p)).as("export version on record for " + p).isPresent());
    }

    @Test
    void thePluginResolvesAgainstWhatConfluence102Exports() throws Exception {
        Bundle plugin = install(pluginJar());

        assertThat(resolve(plugin)).as("unresolved imports: %s", unresolvedImports(plugin)).isTrue();
        assertThat(plugin.getState()).isEqualTo(Bundle.RESOLVED);
    }

    @Test
    void aPluginImportingGuavaDoesNotResolveAndGuavaIsNamed() throws Exception {
        Bundle plugin = install(withExtraImport(pluginJar(), "com.google.common.collect"));

        assertThat(resolve(plugin)).isFalse();
        assertThat(plugin.getState()).isEqualTo(Bundle.INSTALLED);
        assertThat(unresolvedImports(plugin)).containsExactly("com.google.common.collect");
    }

    @Test
    void aPluginImportingJavaxServletDoesNotResolveAndJavaxServletIsNamed() throws Exception {
        Bundle plugin = install(withExtraImport(pluginJar(), "javax.servlet"));

        assertThat(resolve(plugin)).isFalse();
        assertThat(plugin.getState()).isEqualTo(Bundle.INSTALLED);
        assertThat(unresolvedImports(plugin)).containsExactly("javax.servlet");
    }

    private boolean resolve(Bundle bundle) {
        return framework.adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
    }

    /** Imported packages no installed bundle (nor the JDK, via the system bundle) provides. */
    private Set<String> unresolvedImports(Bundle bundle) {
        FrameworkWiring wiring = framework.adapt(FrameworkWiring.class);
        return bundle.adapt(BundleRevision.class).getDeclaredRequirements(PackageNamespace.PACKAGE_NAMESPACE).stream()
                .filter(requirement -> wiring.findProviders(requirement).isEmpty())
                .map(requirement -> PACKAGE_IN_FILTER.matcher(
                        requirement.getDirectives().get(PackageNamespace.REQUIREMENT_FILTER_DIRECTIVE)))
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Bundle install(Path jar) throws BundleException {
        return framework.getBundleContext().installBundle(jar.toUri().toString());
    }

    private static Path pluginJar() {
        return Path.of(System.getProperty("plugin.jar"));
    }

    /** A bundle without classes whose only job is to export what Confluence exports, at Confluence's versions. */
    private Path confluenceExportsBundle() throws Exception {
        Set<String> packages = new TreeSet<>(hostApiPackages());
        packages.addAll(LIBRARY_PACKAGES);
        String exports = packages.stream()
                .map(p -> version(p).filter(v -> !v.isEmpty()).map(v -> p + ";version=\"" + v + "\"").orElse(p))
                .collect(Collectors.joining(","));

        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, "confluence-exports");
        main.putValue(Constants.BUNDLE_VERSION, VERSIONS.get("com.atlassian.confluence"));
        main.putValue(Constants.EXPORT_PACKAGE, exports);
        Path jar = temp.resolve("confluence-exports.jar");
        try (OutputStream file = Files.newOutputStream(jar)) {
            new JarOutputStream(file, manifest).finish();
        }
        return jar;
    }

    /** A copy of the jar whose Import-Package also names the given package; everything else is unchanged. */
    private Path withExtraImport(Path original, String extraImport) throws IOException {
        Path copy = temp.resolve("plugin-importing-" + extraImport + ".jar");
        try (JarFile in = new JarFile(original.toFile())) {
            Manifest manifest = new Manifest(in.getManifest());
            Attributes main = manifest.getMainAttributes();
            main.putValue(Constants.IMPORT_PACKAGE, main.getValue(Constants.IMPORT_PACKAGE) + "," + extraImport);
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(copy), manifest)) {
                for (JarEntry entry : in.stream().filter(e -> !e.getName().equals(JarFile.MANIFEST_NAME)).toList()) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    try (InputStream data = in.getInputStream(entry)) {
                        data.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        return copy;
    }

    /** The export version on record for a package; empty string when the version is unknown. */
    private static Optional<String> version(String packageName) {
        return VERSIONS.keySet().stream()
                .filter(prefix -> packageName.equals(prefix) || packageName.startsWith(prefix + "."))
                .max(Comparator.comparingInt(String::length))
                .map(VERSIONS::get);
    }

    /** Packages of the classes compiled into host-api, read from its jar or classes directory. */
    private static Set<String> hostApiPackages() throws IOException, URISyntaxException {
        Path location = Path.of(Macro.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> classFiles = new TreeSet<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                files.map(f -> location.relativize(f).toString().replace('\\', '/')).forEach(classFiles::add);
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().map(JarEntry::getName).forEach(classFiles::add);
            }
        }
        return classFiles.stream()
                .filter(name -> name.endsWith(".class") && name.contains("/"))
                .map(name -> name.substring(0, name.lastIndexOf('/')).replace('/', '.'))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
