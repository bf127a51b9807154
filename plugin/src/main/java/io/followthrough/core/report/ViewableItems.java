package io.followthrough.core.report;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.ItemEvent;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.port.ActionItemQueries;
import io.followthrough.core.port.PageRef;
import io.followthrough.core.port.Permissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A space's items on pages the viewer may view, with their histories: the only data any report
 * figure is computed from. Pages are checked as one batch; items and histories are one query each,
 * filtered here by page, so the cost does not grow with the number of pages or items. Items on
 * trashed pages are left out.
 */
record ViewableItems(Map<Long, PageRef> pages, List<ActionItem> items, Map<Long, List<ItemEvent>> histories) {

    static ViewableItems of(Optional<String> viewer, String spaceKey, Permissions permissions, ActionItemQueries queries,
                            boolean withHistories) {
        Map<Long, PageRef> pages = new LinkedHashMap<>();
        permissions.viewablePagesOfSpace(viewer, spaceKey).forEach(page -> pages.put(page.id(), page));
        List<ActionItem> items = queries.inSpace(spaceKey).stream()
                .filter(item -> item.presence() != Presence.PAGE_TRASHED && pages.containsKey(item.pageId()))
                .toList();
        Map<Long, List<ItemEvent>> histories = new LinkedHashMap<>();
        if (withHistories && !items.isEmpty()) {
            Map<Long, List<ItemEvent>> all = queries.movesInSpace(spaceKey);
            items.forEach(item -> histories.put(item.id(), all.getOrDefault(item.id(), List.of())));
        }
        return new ViewableItems(pages, items, histories);
    }

    PageRef page(ActionItem item) {
        return pages.get(item.pageId());
    }

    List<ActionItem> live() {
        return items.stream().filter(item -> item.presence() == Presence.LIVE).toList();
    }

    List<ItemEvent> history(ActionItem item) {
        return histories.getOrDefault(item.id(), List.of());
    }
}
