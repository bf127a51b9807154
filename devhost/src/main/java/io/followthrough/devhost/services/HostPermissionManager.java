package io.followthrough.devhost.services;

import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import io.followthrough.devhost.data.HostPages;
import io.followthrough.devhost.data.HostSpaces;
import io.followthrough.devhost.data.HostUsers;
import io.followthrough.devhost.data.HostUser;
import io.followthrough.devhost.data.SpacePermission;
import java.util.List;

/**
 * Confluence's permission checks over the host's tables: space permissions, then page view
 * restrictions. Anonymous users hold what is granted to the name "anonymous", and nothing when
 * the site does not allow anonymous access.
 */
public final class HostPermissionManager implements PermissionManager {
    public static final String ANONYMOUS = "anonymous";

    private final HostSpaces spaces;
    private final HostPages pages;
    private final HostUsers users;
    private final SiteSettings site;

    public HostPermissionManager(HostSpaces spaces, HostPages pages, HostUsers users, SiteSettings site) {
        this.spaces = spaces;
        this.pages = pages;
        this.users = users;
        this.site = site;
    }

    @Override
    public boolean hasPermission(ConfluenceUser user, Permission permission, Object target) {
        if (user == null && !site.anonymousAccess()) {
            return false;
        }
        String username = user == null ? ANONYMOUS : user.getName();
        SpacePermission needed = needed(permission);
        if (target instanceof Space space) {
            return spaces.has(space, username, needed);
        }
        if (target instanceof SpaceContentEntityObject content && content.getSpace() != null) {
            if (!spaces.has(content.getSpace(), username, needed == SpacePermission.ADMINISTER
                    ? SpacePermission.ADMINISTER : needed)) {
                return false;
            }
            List<String> restricted = pages.viewRestrictions(content.getId());
            return restricted.isEmpty() || restricted.contains(username);
        }
        return false;
    }

    @Override
    public boolean isConfluenceAdministrator(ConfluenceUser user) {
        return user != null && users.byName(user.getName()).map(HostUser::siteAdmin).orElse(false);
    }

    private static SpacePermission needed(Permission permission) {
        if (permission == Permission.VIEW || permission == Permission.EXPORT) {
            return SpacePermission.VIEW;
        }
        if (permission == Permission.EDIT || permission == Permission.REMOVE) {
            return SpacePermission.EDIT;
        }
        return SpacePermission.ADMINISTER;
    }
}
