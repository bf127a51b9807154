package io.followthrough.devhost.rest;

import io.followthrough.devhost.plugin.PluginBundle;
import io.followthrough.devhost.plugin.PluginDescriptorException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Finds a REST module's JAX-RS classes in the plugin jar, as REST v2 scans a bundle: concrete
 * classes annotated {@code @Path} or {@code @Provider} in the module's packages (and their
 * subpackages), or in the whole jar when the module names none.
 */
final class RestClasses {
    private RestClasses() {
    }

    static List<Class<?>> find(PluginBundle bundle, List<String> packages) {
        try (JarFile jar = new JarFile(bundle.jar().toFile())) {
            return jar.stream()
                    .map(JarEntry::getName)
                    .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class")
                            && !name.endsWith("package-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .filter(name -> packages.isEmpty() || packages.stream().anyMatch(p -> name.startsWith(p + ".")))
                    .sorted()
                    .<Class<?>>map(name -> load(bundle, name))
                    .filter(type -> type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class))
                    .filter(type -> !type.isInterface() && !Modifier.isAbstract(type.getModifiers()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plugin " + bundle.jar(), e);
        }
    }

    private static Class<?> load(PluginBundle bundle, String name) {
        try {
            return Class.forName(name, false, bundle.classLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new PluginDescriptorException("REST scanning cannot load " + name + ": " + e.getMessage(), e);
        }
    }
}
