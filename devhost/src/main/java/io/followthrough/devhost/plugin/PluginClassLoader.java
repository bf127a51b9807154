package io.followthrough.devhost.plugin;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * Loads a plugin's own classes from its jar and everything else through the import filter. When
 * a class is in neither, the filter's reason (the missing Import-Package) is what gets reported.
 */
final class PluginClassLoader extends URLClassLoader {
    static {
        registerAsParallelCapable();
    }

    PluginClassLoader(String name, URL jar, ImportFilteringClassLoader imports) {
        super(name, new URL[] {jar}, imports);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                try {
                    loaded = getParent().loadClass(name);
                } catch (ClassNotFoundException notImported) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException notInJar) {
                        throw notImported;
                    }
                }
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }
}
