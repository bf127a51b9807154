package io.followthrough.core.port;

import java.util.Optional;

/** Who may see and administer what, as Confluence decides it. */
public interface Permissions {
    /** Whether the user (empty: anonymous) may view the page; false for pages that do not exist. */
    boolean canViewPage(Optional<String> userKey, long pageId);

    /** Whether the user administers the space. */
    boolean canAdministerSpace(Optional<String> userKey, String spaceKey);
}
