package io.followthrough.core.port;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Who may see and administer what, as Confluence decides it. */
public interface Permissions {
    /** Whether the user (empty: anonymous) may view the page; false for pages that do not exist. */
    boolean canViewPage(Optional<String> userKey, long pageId);

    /** Whether the user administers the space. */
    boolean canAdministerSpace(Optional<String> userKey, String spaceKey);

    /** The space's current pages the user may view, checked as one batch; empty for an unknown space. */
    List<PageRef> viewablePagesOfSpace(Optional<String> userKey, String spaceKey);

    /** Those of the pages that exist and the user may view, checked as one batch. */
    List<PageRef> viewablePages(Optional<String> userKey, Collection<Long> pageIds);
}
