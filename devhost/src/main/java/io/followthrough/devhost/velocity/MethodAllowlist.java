// Decides which methods templates may call: a global allowlist of JDK types plus the plugin's own entries.
package io.followthrough.devhost.velocity;

import io.followthrough.devhost.i18n.HostI18n;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

final class MethodAllowlist {

    /*
     * Global allowlist, modelled on what Confluence allows for every plugin: value types and
     * collections that templates read. Every public instance method these types declare is allowed;
     * methods they only inherit are not, so getClass() (the classic template escape) stays blocked,
     * and so do static methods (System properties behind Integer.getInteger and the like).
     */
    private static final Set<Class<?>> GLOBAL_TYPES = Set.of(
            String.class, Boolean.class, Character.class, Number.class, Byte.class, Short.class,
            Integer.class, Long.class, Float.class, Double.class,
            Collection.class, List.class, Set.class, Map.class, Map.Entry.class, Iterator.class,
            Optional.class, LocalDate.class);

    /* Single methods allowed everywhere: harmless Object and Enum methods, and the $i18n helper. */
    private static final Set<String> GLOBAL_METHODS = Set.of(
            "java.lang.Object#toString()",
            "java.lang.Object#equals(java.lang.Object)",
            "java.lang.Enum#name()",
            HostI18n.class.getName() + "#getText(java.lang.String)",
            HostI18n.class.getName() + "#getText(java.lang.String,java.util.List)",
            HostI18n.class.getName() + "#getText(java.lang.String,java.io.Serializable[])");

    private static final Pattern ENTRY = Pattern.compile(
            "[\\w$.]+#[\\w$]+\\((?:[\\w$.\\[\\]]+(?:,[\\w$.\\[\\]]+)*)?\\)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Set<String> pluginEntries;

    /** @param pluginEntries {@code <velocity-allowlist>} entries, e.g. {@code com.x.Fmt#date(java.util.Date)} */
    MethodAllowlist(Set<String> pluginEntries) {
        this.pluginEntries = pluginEntries.stream().map(MethodAllowlist::normalise).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether a template may call {@code method} on an object of type {@code target}: some type in
     * target's hierarchy that declares the method is allowed, or lists it.
     */
    boolean allows(Class<?> target, Method method) {
        for (Class<?> type : typeAndSupertypes(target)) {
            Method declared = declaredBy(type, method);
            if (declared == null) {
                continue;
            }
            if (GLOBAL_TYPES.contains(type) && !Modifier.isStatic(declared.getModifiers())) {
                return true;
            }
            String entry = entryOf(type, method);
            if (GLOBAL_METHODS.contains(entry) || pluginEntries.contains(entry)) {
                return true;
            }
        }
        return false;
    }

    /** The allowlist entry naming {@code method} as declared, in the descriptor's format. */
    static String entryOf(Method method) {
        return entryOf(method.getDeclaringClass(), method);
    }

    private static String entryOf(Class<?> type, Method method) {
        return type.getTypeName() + "#" + method.getName() + Arrays.stream(method.getParameterTypes())
                .map(Class::getTypeName)
                .collect(Collectors.joining(",", "(", ")"));
    }

    // Spaces after commas are tolerated: the descriptor is written by hand.
    private static String normalise(String entry) {
        String compact = WHITESPACE.matcher(entry).replaceAll("");
        if (!ENTRY.matcher(compact).matches()) {
            throw new IllegalArgumentException("Malformed velocity-allowlist entry '" + entry
                    + "': expected com.example.Type#method(fully.qualified.ParamType,...)");
        }
        return compact;
    }

    private static Method declaredBy(Class<?> type, Method method) {
        try {
            return type.getDeclaredMethod(method.getName(), method.getParameterTypes());
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Set<Class<?>> typeAndSupertypes(Class<?> type) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(type));
        while (!pending.isEmpty()) {
            Class<?> next = pending.removeFirst();
            if (seen.add(next)) {
                if (next.getSuperclass() != null) {
                    pending.addLast(next.getSuperclass());
                }
                pending.addAll(Arrays.asList(next.getInterfaces()));
            }
        }
        return seen;
    }
}
