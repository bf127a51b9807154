// Checks that every public type compiled into host-api has a README row naming the published source it mirrors.
package io.followthrough.hostapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HostApiReadmeTest {
    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    private static final Path CLASSES = MODULE.resolve("target/classes");
    private static final Path README = MODULE.resolve("README.md");

    @Test
    void theScanFindsTheCompiledHostApiTypes() throws IOException {
        assertThat(publicTopLevelTypes())
                .contains("com.atlassian.confluence.macro.Macro",
                        "com.atlassian.confluence.security.PermissionManager",
                        "com.atlassian.activeobjects.external.ActiveObjects")
                .doesNotContain("com.atlassian.confluence.security.NamedPermission");
    }

    @Test
    void everyPublicHostApiTypeHasAReadmeRowWithASourceUrl() throws IOException {
        Set<String> missing = publicTopLevelTypes();
        missing.removeAll(typesDocumentedWithSourceUrl());

        assertThat(missing)
                .as("public host-api types without a README.md row that gives a source URL")
                .isEmpty();
    }

    private static Set<String> publicTopLevelTypes() throws IOException {
        assertThat(CLASSES).as("compiled host-api classes").isDirectory();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            List<String> names = files
                    .map(path -> CLASSES.relativize(path).toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.endsWith("-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .collect(Collectors.toList());
            Set<String> publicTypes = new TreeSet<>();
            for (String name : names) {
                if (Modifier.isPublic(load(name).getModifiers())) {
                    publicTypes.add(name);
                }
            }
            return publicTypes;
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, HostApiReadmeTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Compiled class " + name + " cannot be loaded", e);
        }
    }

    private static Set<String> typesDocumentedWithSourceUrl() throws IOException {
        return Files.readAllLines(README).stream()
                .filter(line -> line.startsWith("|") && line.contains("https://"))
                .map(line -> Arrays.stream(line.split("\\|")).skip(1).findFirst().orElse(""))
                .map(cell -> cell.replace("`", "").trim())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
