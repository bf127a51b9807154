package io.followthrough.confluence.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import io.followthrough.core.port.Directory;
import io.followthrough.core.port.Person;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The core's user directory, answered by Confluence's UserAccessor. */
public final class ConfluenceDirectory implements Directory {
    private final UserAccessor userAccessor;

    public ConfluenceDirectory(UserAccessor userAccessor) {
        this.userAccessor = userAccessor;
    }

    // Macro parameters of type "username" arrive as a username; pages written by hand or by
    // other tools may hold a user key instead, so both are accepted.
    @Override
    public Optional<Person> find(String usernameOrKey) {
        ConfluenceUser user = userAccessor.getUserByName(usernameOrKey);
        if (user == null) {
            user = userAccessor.getUserByKey(new UserKey(usernameOrKey));
        }
        return Optional.ofNullable(user).map(ConfluenceDirectory::person);
    }

    @Override
    public Optional<Person> byKey(String userKey) {
        ConfluenceUser user = userAccessor.getUserByKey(new UserKey(userKey));
        if (user == null) {
            user = userAccessor.getUserByName(userKey);
        }
        return Optional.ofNullable(user).map(ConfluenceDirectory::person);
    }

    /** One question for every key, then by name for the few keys that are no user's key. */
    @Override
    public Map<String, Person> byKeys(Collection<String> userKeys) {
        Map<String, Person> found = new HashMap<>();
        Set<String> missing = new HashSet<>(userKeys);
        for (ConfluenceUser user : userAccessor.getUsersByUserKeys(missing.stream().map(UserKey::new).toList())) {
            if (user != null && missing.remove(user.getKey().getStringValue())) {
                found.put(user.getKey().getStringValue(), person(user));
            }
        }
        for (String key : missing) {
            Optional.ofNullable(userAccessor.getUserByName(key)).ifPresent(user -> found.put(key, person(user)));
        }
        return found;
    }

    private static Person person(ConfluenceUser user) {
        String fullName = user.getFullName();
        return new Person(user.getKey().getStringValue(), user.getName(),
                fullName == null || fullName.isBlank() ? user.getName() : fullName);
    }
}
