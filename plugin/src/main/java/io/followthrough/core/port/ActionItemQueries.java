package io.followthrough.core.port;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.ItemEvent;
import java.util.List;
import java.util.Map;

/**
 * Read-only questions across many pages, for reports and inboxes. Each method is one database
 * query, whatever the number of pages or items; callers filter the answer by permission.
 */
public interface ActionItemQueries {
    /** Every item of the space, whatever its presence. */
    List<ActionItem> inSpace(String spaceKey);

    /**
     * The histories of every item of the space, by item id, oldest event first. For reports, so
     * notes and term changes are left out: events carry an empty note and no changes.
     */
    Map<Long, List<ItemEvent>> movesInSpace(String spaceKey);

    /** Every item, in any space and of any presence, whose owner or requester the user is. */
    List<ActionItem> involving(String userKey);
}
