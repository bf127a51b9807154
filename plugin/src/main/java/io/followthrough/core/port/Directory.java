package io.followthrough.core.port;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Looks up users; the host adapter answers from Confluence's user directory. */
public interface Directory {
    /** The user with this username or, failing that, this user key. */
    Optional<Person> find(String usernameOrKey);

    /**
     * The user with this user key or, failing that, this username: for keys the store holds, where
     * asking by name first costs a lookup that finds nothing for nearly every user.
     */
    default Optional<Person> byKey(String userKey) {
        return find(userKey);
    }

    /** {@link #byKey} for many keys at once: the users found, by the key asked for. */
    default Map<String, Person> byKeys(Collection<String> userKeys) {
        Map<String, Person> found = new HashMap<>();
        userKeys.forEach(key -> byKey(key).ifPresent(person -> found.put(key, person)));
        return found;
    }
}
