package io.followthrough.confluence.host;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import io.followthrough.core.port.Permissions;
import java.util.Optional;

/** The one place permission checks meet Confluence's PermissionManager, so a signature change is fixed here only. */
public final class ConfluencePermissions implements Permissions {
    private final PermissionManager permissionManager;
    private final PageManager pageManager;
    private final SpaceManager spaceManager;
    private final UserAccessor userAccessor;

    public ConfluencePermissions(PermissionManager permissionManager, PageManager pageManager, SpaceManager spaceManager,
                                 UserAccessor userAccessor) {
        this.permissionManager = permissionManager;
        this.pageManager = pageManager;
        this.spaceManager = spaceManager;
        this.userAccessor = userAccessor;
    }

    @Override
    public boolean canViewPage(Optional<String> userKey, long pageId) {
        AbstractPage page = pageManager.getAbstractPage(pageId);
        return page != null && permissionManager.hasPermission(user(userKey), Permission.VIEW, page);
    }

    @Override
    public boolean canAdministerSpace(Optional<String> userKey, String spaceKey) {
        Space space = spaceManager.getSpace(spaceKey);
        return space != null && userKey.isPresent()
                && permissionManager.hasPermission(user(userKey), Permission.ADMINISTER, space);
    }

    private ConfluenceUser user(Optional<String> userKey) {
        return userKey.map(key -> userAccessor.getUserByKey(new UserKey(key))).orElse(null);
    }
}
