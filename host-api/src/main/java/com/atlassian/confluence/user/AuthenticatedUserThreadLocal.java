// Mirrors Confluence's com.atlassian.confluence.user.AuthenticatedUserThreadLocal (subset); checked against Confluence 8.0 javadoc and 10.2 plugin usage.
package com.atlassian.confluence.user;

public class AuthenticatedUserThreadLocal {
    private static final ThreadLocal<ConfluenceUser> USER = new ThreadLocal<>();

    public static ConfluenceUser get() {
        return USER.get();
    }

    public static void set(ConfluenceUser user) {
        USER.set(user);
    }

    public static void reset() {
        USER.remove();
    }

    public static boolean isAnonymousUser() {
        return USER.get() == null;
    }
}
