package io.followthrough.core.port;

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
}
