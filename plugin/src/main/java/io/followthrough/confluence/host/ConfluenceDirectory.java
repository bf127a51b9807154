package io.followthrough.confluence.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import io.followthrough.core.port.Directory;
import io.followthrough.core.port.Person;
import java.util.Optional;

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

    private static Person person(ConfluenceUser user) {
        String fullName = user.getFullName();
        return new Person(user.getKey().getStringValue(), user.getName(),
                fullName == null || fullName.isBlank() ? user.getName() : fullName);
    }
}
