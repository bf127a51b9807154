package io.followthrough.core.port;

import io.followthrough.core.commitment.ActionItem;
import java.util.List;

/**
 * Read-only questions across many pages, for inboxes. Each method is one database query, whatever
 * the number of pages or items; callers filter the answer by permission.
 */
public interface ActionItemQueries {
    /** Every item, in any space and of any presence, whose owner or requester the user is. */
    List<ActionItem> involving(String userKey);
}
