// Mirrors SAL's com.atlassian.sal.api.user.UserManager (subset); checked against Confluence 8.0 and Crowd 6.2.2 javadoc of implementations.
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
