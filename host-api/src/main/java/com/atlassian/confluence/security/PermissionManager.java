// Mirrors Confluence's com.atlassian.confluence.security.PermissionManager (subset); checked against Confluence 10.1.0 javadoc.
package com.atlassian.confluence.security;

import com.atlassian.confluence.user.ConfluenceUser;

public interface PermissionManager {
    boolean hasPermission(ConfluenceUser user, Permission permission, Object target);

    boolean isConfluenceAdministrator(ConfluenceUser user);
}
