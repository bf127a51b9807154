package io.followthrough.core.port;

import java.util.Optional;

/** Looks up users; the host adapter answers from Confluence's user directory. */
public interface Directory {
    /** The user with this username or, failing that, this user key. */
    Optional<Person> find(String usernameOrKey);
}
