package com.atlassian.sal.api.user;

public interface UserManager {
    UserProfile getRemoteUser();

    UserKey getRemoteUserKey();

    UserProfile getUserProfile(UserKey userKey);

    UserProfile getUserProfile(String username);

    boolean isAdmin(UserKey userKey);

    boolean isSystemAdmin(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);
}
