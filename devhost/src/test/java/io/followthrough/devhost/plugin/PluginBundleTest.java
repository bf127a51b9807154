package io.followthrough.devhost.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.followthrough.devhost.TestDevHost;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/** Opening the real plugin jar, and refusing jars Confluence would refuse. */
class PluginBundleTest {

    @Test
    void opensTheBuiltPluginJarAndReadsItsDescriptor() throws Exception {
        try (PluginBundle bundle = PluginBundle.open(TestDevHost.pluginJar(), getClass().getClassLoader())) {
            assertThat(bundle.descriptor().key()).isEqualTo("io.followthrough.confluence");
            assertThat(bundle.descriptor().macro("ft-purpose")).isNotNull();
            assertThat(bundle.springXml()).contains("META-INF/spring/plugin-context.xml");
        }
    }

    @Test
    void thePluginSeesOnlyThePackagesItImports() throws Exception {
        try (PluginBundle bundle = PluginBundle.open(TestDevHost.pluginJar(), getClass().getClassLoader())) {
            ClassLoader plugin = bundle.classLoader();

            assertThat(plugin.loadClass("com.atlassian.confluence.macro.Macro"))
                    .isSameAs(com.atlassian.confluence.macro.Macro.class);
            assertThatThrownBy(() -> plugin.loadClass("org.springframework.context.ApplicationContext"))
                    .isInstanceOf(ClassNotFoundException.class)
                    .hasMessageContaining("not in io.followthrough.confluence's Import-Package");
            assertThatThrownBy(() -> plugin.loadClass("io.followthrough.devhost.DevHost"))
                    .isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void refusesAJarWhosePluginKeyHeaderDisagreesWithTheDescriptor() throws Exception {
        Path jar = withManifest(main -> main.putValue("Atlassian-Plugin-Key", "someone.else"));

        assertThatThrownBy(() -> PluginBundle.open(jar, getClass().getClassLoader()))
                .isInstanceOf(PluginDescriptorException.class)
                .hasMessageContaining("Atlassian-Plugin-Key is 'someone.else'");
    }

    @Test
    void refusesAJarWithoutSpringContextHeader() throws Exception {
        Path jar = withManifest(main -> main.remove(new Attributes.Name("Spring-Context")));

        assertThatThrownBy(() -> PluginBundle.open(jar, getClass().getClassLoader()))
                .hasMessageContaining("Spring-Context is missing");
    }

    @Test
    void readsPackageNamesFromAnImportPackageHeaderWithAttributes() {
        assertThat(PluginBundle.importedPackages("a.b;version=\"[1.0,2)\",c.d;resolution:=optional, e"))
                .containsExactly("a.b", "c.d", "e");
    }

    /** A copy of the real jar with its manifest changed. */
    private static Path withManifest(Consumer<Attributes> change) throws IOException {
        Path copy = Files.createTempFile("plugin", ".jar");
        try (JarFile source = new JarFile(TestDevHost.pluginJar().toFile());
             OutputStream out = Files.newOutputStream(copy)) {
            Manifest manifest = new Manifest(source.getManifest());
            change.accept(manifest.getMainAttributes());
            try (JarOutputStream jar = new JarOutputStream(out, manifest)) {
                for (JarEntry entry : source.stream().toList()) {
                    if (entry.getName().equals(JarFile.MANIFEST_NAME)) {
                        continue;
                    }
                    jar.putNextEntry(new JarEntry(entry.getName()));
                    try (InputStream in = source.getInputStream(entry)) {
                        in.transferTo(jar);
                    }
                }
            }
        }
        return copy;
    }
}
