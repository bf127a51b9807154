package io.followthrough.devhost.data;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import java.util.Locale;

/** A dev host user, presented to plugins as Confluence presents its users. */
public record HostUser(long id, UserKey key, String username, String fullName, String email, boolean siteAdmin)
        implements ConfluenceUser {

    @Override
    public UserKey getKey() {
        return key;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public String getLowerName() {
        return username.toLowerCase(Locale.ROOT);
    }

    @Override
    public String getFullName() {
        return fullName;
    }

    @Override
    public String getEmail() {
        return email;
    }

    @Override
    public String toString() {
        return username;
    }
}
