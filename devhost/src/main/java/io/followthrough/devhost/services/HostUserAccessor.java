package io.followthrough.devhost.services;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import io.followthrough.devhost.data.HostUsers;
import java.util.List;

/** Confluence's UserAccessor over the host's users; unknown users are null, as in Confluence. */
public final class HostUserAccessor implements UserAccessor {
    private final HostUsers users;

    public HostUserAccessor(HostUsers users) {
        this.users = users;
    }

    @Override
    public ConfluenceUser getUserByKey(UserKey userKey) {
        return userKey == null ? null : users.byKey(userKey.getStringValue()).orElse(null);
    }

    @Override
    public ConfluenceUser getUserByName(String name) {
        return users.byName(name).orElse(null);
    }

    /** The users Confluence knows among these keys, in no particular order; unknown keys are left out. */
    @Override
    public List<ConfluenceUser> getUsersByUserKeys(List<UserKey> userKeys) {
        return List.copyOf(users.byKeys(userKeys.stream().map(UserKey::getStringValue).toList()));
    }
}
