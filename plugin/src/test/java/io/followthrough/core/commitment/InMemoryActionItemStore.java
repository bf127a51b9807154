package io.followthrough.core.commitment;

import io.followthrough.core.port.ActionItemStore;
import io.followthrough.core.port.ConcurrentMoveException;
import io.followthrough.core.port.Transactions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The store port kept in memory for rule tests of the core use cases. It honours the port's
 * contract (an event per item version, else ConcurrentMoveException); the Active Objects store
 * is tested on real databases separately.
 */
class InMemoryActionItemStore implements ActionItemStore, Transactions {
    private final Map<Long, ActionItem> items = new LinkedHashMap<>();
    private final List<ItemEvent> events = new ArrayList<>();
    private long nextId = 1;

    @Override
    public Optional<ActionItem> byId(long id) {
        return Optional.ofNullable(items.get(id));
    }

    @Override
    public List<ActionItem> byPage(long pageId) {
        return items.values().stream().filter(i -> i.pageId() == pageId).toList();
    }

    @Override
    public Map<Long, List<ItemEvent>> historiesOfPage(long pageId) {
        return events.stream().filter(e -> items.get(e.itemId()).pageId() == pageId)
                .collect(Collectors.groupingBy(ItemEvent::itemId, LinkedHashMap::new, Collectors.toList()));
    }

    @Override
    public List<ItemEvent> history(long itemId) {
        return events.stream().filter(e -> e.itemId() == itemId).toList();
    }

    @Override
    public ActionItem create(ActionItem item, ItemEvent created) {
        long id = nextId++;
        ActionItem stored = new ActionItem(id, item.pageId(), item.macroId(), item.spaceKey(), item.kind(), item.terms(),
                item.outcome(), item.state(), item.version(), item.termsVersion(), item.agreedDue(), item.counterDue(),
                item.presence(), item.createdAt(), item.stateSince());
        items.put(id, stored);
        events.add(created.forItem(id));
        return stored;
    }

    @Override
    public void record(ActionItem updated, ItemEvent event) {
        boolean taken = events.stream().anyMatch(e -> e.itemId() == event.itemId() && e.sequence() == event.sequence());
        if (taken) {
            throw new ConcurrentMoveException(event.itemId(), null);
        }
        events.add(event);
        items.put(updated.id(), updated);
    }

    @Override
    public void relink(long itemId, Optional<String> outcome) {
        ActionItem i = items.get(itemId);
        items.put(itemId, new ActionItem(i.id(), i.pageId(), i.macroId(), i.spaceKey(), i.kind(), i.terms(), outcome,
                i.state(), i.version(), i.termsVersion(), i.agreedDue(), i.counterDue(), i.presence(), i.createdAt(),
                i.stateSince()));
    }

    @Override
    public void moveToSpace(long pageId, String spaceKey) {
        byPage(pageId).forEach(i -> items.put(i.id(), i.inSpace(spaceKey)));
    }

    @Override
    public void deleteByPage(long pageId) {
        List<Long> gone = byPage(pageId).stream().map(ActionItem::id).toList();
        gone.forEach(items::remove);
        events.removeIf(e -> gone.contains(e.itemId()));
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
