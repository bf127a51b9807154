// Test double for the user directory: a fixed set of users.
package io.followthrough.devhost.render;

import java.util.Map;
import java.util.Optional;

final class KnownUsers implements UserNames {

    static final String ALICE_KEY = "8a7f808a7c0f7b2b017c0f8d3e2a0001";
    static final String BOB_KEY = "8a7f808a7c0f7b2b017c0f8d3e2a0002";

    private final Map<String, String> usernamesByKey = Map.of(ALICE_KEY, "alice", BOB_KEY, "bob");
    private final Map<String, String> displayNames = Map.of("alice", "Alice Archer", "bob", "Bob <Builder>");

    @Override
    public Optional<String> usernameForKey(String userkey) {
        return Optional.ofNullable(usernamesByKey.get(userkey));
    }

    @Override
    public Optional<String> displayName(String username) {
        return Optional.ofNullable(displayNames.get(username));
    }
}
