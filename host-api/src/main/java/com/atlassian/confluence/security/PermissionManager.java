package com.atlassian.confluence.security;

import com.atlassian.user.User;

public interface PermissionManager {
    boolean hasPermission(User user, Permission permission, Object target);

    boolean isConfluenceAdministrator(User user);
}
