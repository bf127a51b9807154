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
import io.followthrough.core.port.PageRef;
import io.followthrough.core.port.Permissions;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
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

    @Override
    public List<PageRef> viewablePagesOfSpace(Optional<String> userKey, String spaceKey) {
        Space space = spaceManager.getSpace(spaceKey);
        if (space == null) {
            return List.of();
        }
        return refs(permissionManager.getPermittedEntities(user(userKey), Permission.VIEW, pageManager.getPages(space, true)));
    }

    // PageManager offers no lookup of many pages by id that we may use, so pages are fetched one by
    // one (Confluence caches them); the permission check is one batch.
    @Override
    public List<PageRef> viewablePages(Optional<String> userKey, Collection<Long> pageIds) {
        List<AbstractPage> pages = pageIds.stream().map(pageManager::getAbstractPage).filter(Objects::nonNull).toList();
        return refs(permissionManager.getPermittedEntities(user(userKey), Permission.VIEW, pages));
    }

    private static List<PageRef> refs(List<? extends AbstractPage> pages) {
        return pages.stream().filter(page -> page.getSpace() != null)
                .map(page -> new PageRef(page.getId(), page.getTitle(), page.getSpace().getKey())).toList();
    }

    private ConfluenceUser user(Optional<String> userKey) {
        return userKey.map(key -> userAccessor.getUserByKey(new UserKey(key))).orElse(null);
    }
}
