// Mirrors Confluence's com.atlassian.confluence.security.PermissionManager (subset); checked against Confluence 10.1.0 and 10.1.2 javadoc.
package com.atlassian.confluence.security;

import com.atlassian.confluence.user.ConfluenceUser;
import java.util.List;

public interface PermissionManager {
    boolean hasPermission(ConfluenceUser user, Permission permission, Object target);

    boolean isConfluenceAdministrator(ConfluenceUser user);

    <X> List<X> getPermittedEntities(ConfluenceUser user, Permission permission, List<? extends X> objects);
}
