package io.followthrough.devhost.services;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.followthrough.devhost.data.HostUser;
import io.followthrough.devhost.data.HostUsers;
import java.net.URI;
import java.util.Optional;

/** SAL's UserManager over the host's users and the request's authenticated user. */
public final class HostUserManager implements UserManager {
    private final HostUsers users;

    public HostUserManager(HostUsers users) {
        this.users = users;
    }

    @Override
    public UserProfile getRemoteUser() {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        return user == null ? null : getUserProfile(user.getKey());
    }

    @Override
    public UserKey getRemoteUserKey() {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        return user == null ? null : user.getKey();
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userKey == null ? null : profile(users.byKey(userKey.getStringValue()));
    }

    @Override
    public UserProfile getUserProfile(String username) {
        return profile(users.byName(username));
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return isSystemAdmin(userKey);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return userKey != null && users.byKey(userKey.getStringValue()).map(HostUser::siteAdmin).orElse(false);
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        return "confluence-administrators".equals(group) && isSystemAdmin(userKey);
    }

    private static UserProfile profile(Optional<HostUser> user) {
        return user.map(Profile::new).orElse(null);
    }

    /** A user's SAL profile. */
    private record Profile(HostUser user) implements UserProfile {
        @Override
        public UserKey getUserKey() {
            return user.key();
        }

        @Override
        public String getUsername() {
            return user.username();
        }

        @Override
        public String getFullName() {
            return user.fullName();
        }

        @Override
        public String getEmail() {
            return user.email();
        }

        @Override
        public URI getProfilePictureUri() {
            return URI.create("/images/icons/profilepics/default.svg");
        }

        @Override
        public URI getProfilePageUri() {
            return URI.create("/display/~" + user.username());
        }
    }
}
