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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /**
     * Filters in one pass: each space's permission is looked up once and each space's page
     * restrictions in one query, however many pages are asked about (Confluence filters lists the
     * same way). Objects of other kinds are checked one by one with {@link #hasPermission}.
     */
    @Override
    public <X> List<X> getPermittedEntities(ConfluenceUser user, Permission permission, List<? extends X> objects) {
        Map<Long, Boolean> spaceAllows = new HashMap<>();
        Map<Long, Map<Long, Set<String>>> restrictionsBySpace = new HashMap<>();
        String username = user == null ? ANONYMOUS : user.getName();
        List<X> permitted = new ArrayList<>();
        for (X object : objects) {
            if (object instanceof SpaceContentEntityObject content && content.getSpace() != null) {
                Space space = content.getSpace();
                boolean allowed = spaceAllows.computeIfAbsent(space.getId(), id -> hasPermission(user, permission, space));
                Set<String> restricted = !allowed ? Set.of() : restrictionsBySpace
                        .computeIfAbsent(space.getId(), pages::viewRestrictionsInSpace)
                        .getOrDefault(content.getId(), Set.of());
                if (allowed && (restricted.isEmpty() || restricted.contains(username))) {
                    permitted.add(object);
                }
            } else if (hasPermission(user, permission, object)) {
                permitted.add(object);
            }
        }
        return permitted;
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
