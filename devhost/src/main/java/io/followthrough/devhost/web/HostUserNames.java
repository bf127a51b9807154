package io.followthrough.devhost.web;

import io.followthrough.devhost.data.HostUser;
import io.followthrough.devhost.data.HostUsers;
import io.followthrough.devhost.render.UserNames;
import java.util.Optional;

/** User names for the page renderer, from the host's users. */
final class HostUserNames implements UserNames {
    private final HostUsers users;

    HostUserNames(HostUsers users) {
        this.users = users;
    }

    @Override
    public Optional<String> usernameForKey(String userkey) {
        return users.byKey(userkey).map(HostUser::username);
    }

    @Override
    public Optional<String> displayName(String username) {
        return users.byName(username).map(HostUser::fullName);
    }
}
