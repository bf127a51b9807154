package io.followthrough.core.port;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.ItemEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where action items and their history live (Active Objects in Confluence). */
public interface ActionItemStore {
    Optional<ActionItem> byId(long id);

    /** Every item of the page, whatever its presence, in one query. */
    List<ActionItem> byPage(long pageId);

    /** The histories of all items of a page, oldest event first, in one query. */
    Map<Long, List<ItemEvent>> historiesOfPage(long pageId);

    List<ItemEvent> history(long itemId);

    /** Stores a new item (its id is ignored) with its first event; returns it with its id. */
    ActionItem create(ActionItem item, ItemEvent created);

    /**
     * Records an event and saves the item it produced. The event's sequence is the item's new
     * version and is unique per item, so of two moves made against the same version only one is
     * recorded; the other fails with {@link ConcurrentMoveException}.
     */
    void record(ActionItem updated, ItemEvent event);

    /** Changes what an item links to without a move (the outcome is not part of the terms). */
    void relink(long itemId, Optional<String> outcome);

    /** The page moved to another space. */
    void moveToSpace(long pageId, String spaceKey);

    /** The page was purged: its items and their histories go. */
    void deleteByPage(long pageId);
}
