package io.followthrough.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.ItemEvent;
import io.followthrough.core.port.ActionItemStore;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The items of the page being rendered, loaded once for all its ft-action macros and kept in the
 * conversion context for the rest of that render (two queries per page, however many macros).
 * It also tracks which macro ids this render has seen, to spot copies of one macro.
 */
final class PageItems {
    private static final String PROPERTY = "io.followthrough.pageItems";

    private final Map<String, ActionItem> byMacroId = new HashMap<>();
    private final Map<Long, List<ItemEvent>> histories;
    private final Set<String> seen = new HashSet<>();
    private int withoutId;

    private PageItems(List<ActionItem> items, Map<Long, List<ItemEvent>> histories) {
        items.forEach(item -> byMacroId.put(item.macroId(), item));
        this.histories = histories;
    }

    static PageItems of(ConversionContext context, long pageId, ActionItemStore store) {
        Object cached = context.getProperty(PROPERTY);
        if (cached instanceof PageItems items) {
            return items;
        }
        PageItems items = pageId <= 0 ? new PageItems(List.of(), Map.of())
                : new PageItems(store.byPage(pageId), store.historiesOfPage(pageId));
        context.setProperty(PROPERTY, items);
        return items;
    }

    /** Every item of the page, whatever its presence. */
    Collection<ActionItem> items() {
        return byMacroId.values();
    }

    Optional<ActionItem> item(String macroId) {
        return Optional.ofNullable(byMacroId.get(macroId));
    }

    List<ItemEvent> history(long itemId) {
        return histories.getOrDefault(itemId, List.of());
    }

    /** False when this render already showed a macro with this id: the page holds a copy of it. */
    boolean firstSighting(String macroId) {
        return seen.add(macroId);
    }

    /** Macros render in document order, so the n-th one without an id (from 1) gets the n-th fallback id. */
    int nextOrdinalWithoutId() {
        return ++withoutId;
    }
}
