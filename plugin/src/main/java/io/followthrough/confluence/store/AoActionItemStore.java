package io.followthrough.confluence.store;

import static io.followthrough.confluence.store.AoColumns.day;
import static io.followthrough.confluence.store.AoColumns.instant;
import static io.followthrough.confluence.store.AoColumns.isConstraintViolation;
import static io.followthrough.confluence.store.AoColumns.text;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.followthrough.confluence.store.AoTallies.Counted;
import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.ItemEvent;
import io.followthrough.core.commitment.Kind;
import io.followthrough.core.commitment.Move;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.commitment.State;
import io.followthrough.core.commitment.Terms;
import io.followthrough.core.port.ActionItemStore;
import io.followthrough.core.port.ConcurrentMoveException;
import io.followthrough.core.report.ItemMetrics;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/**
 * Action items and their histories in Active Objects; hands out immutable core records, never entities.
 *
 * <p>Values are written as {@link AoColumns} says. Every change also adds its change to the space's
 * tally ({@link AoTallies}) in the same transaction. Callers run writes in a transaction
 * ({@link AoTransactions}).
 */
public final class AoActionItemStore implements ActionItemStore {

    private final ActiveObjects ao;
    private final ZoneId zone;

    /** @param clock its zone decides on which day a delivery counts for the on-time figures */
    public AoActionItemStore(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.zone = clock.getZone();
    }

    @Override
    public Optional<ActionItem> byId(long id) {
        return entity(id).map(AoActionItemStore::item);
    }

    @Override
    public List<ActionItem> byPage(long pageId) {
        AoActionItem[] rows = ao.find(AoActionItem.class, Query.select().where("PAGE_ID = ?", pageId).order("ID"));
        return Arrays.stream(rows).map(AoActionItemStore::item).toList();
    }

    @Override
    public Map<Long, List<ItemEvent>> historiesOfPage(long pageId) {
        AoItemEvent[] rows = ao.find(AoItemEvent.class,
                Query.select().where("PAGE_ID = ?", pageId).order("ITEM_ID, SEQUENCE_NO"));
        Map<Long, List<ItemEvent>> histories = new LinkedHashMap<>();
        for (AoItemEvent row : rows) {
            histories.computeIfAbsent(row.getItemId(), id -> new ArrayList<>()).add(event(row));
        }
        histories.replaceAll((id, events) -> List.copyOf(events));
        return Collections.unmodifiableMap(histories);
    }

    @Override
    public List<ItemEvent> history(long itemId) {
        AoItemEvent[] rows = ao.find(AoItemEvent.class, Query.select().where("ITEM_ID = ?", itemId).order("SEQUENCE_NO"));
        return Arrays.stream(rows).map(AoActionItemStore::event).toList();
    }

    @Override
    public ActionItem create(ActionItem item, ItemEvent created) {
        ActionItem stored = insertRows(item, created);
        AoTallies.change(ao, zone, Optional.empty(), Optional.of(new Counted(stored, ItemMetrics.of(List.of(created), zone))));
        return stored;
    }

    /** Writes the item's row and its first event, as model versions before the tally did on create. */
    ActionItem insertRows(ActionItem item, ItemEvent created) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("PAGE_ID", item.pageId());
        columns.put("MACRO_ID", item.macroId());
        columns.put("PAGE_MACRO", item.pageId() + ":" + item.macroId());
        columns.put("SPACE_KEY", item.spaceKey());
        columns.put("KIND", item.kind().name());
        columns.put("OWNER_KEY", item.terms().ownerKey());
        columns.put("REQUESTER_KEY", item.terms().requesterKey());
        columns.put("BODY_HASH", item.terms().bodyHash());
        columns.put("BODY_EXCERPT", item.terms().bodyExcerpt());
        columns.put("DUE", day(item.terms().due()));
        columns.put("OUTCOME", item.outcome().orElse(null));
        columns.put("ITEM_STATE", item.state().name());
        columns.put("VERSION", item.version());
        columns.put("TERMS_VERSION", item.termsVersion());
        columns.put("AGREED_DUE", day(item.agreedDue()));
        columns.put("COUNTER_DUE", day(item.counterDue()));
        columns.put("DUE_SORT", AoColumns.dueSort(item.effectiveDue()));
        columns.put("PRESENCE", item.presence().name());
        columns.put("CREATED_AT", instant(item.createdAt()));
        columns.put("STATE_SINCE", instant(item.stateSince()));
        columns.putAll(ItemMetricsColumns.of(ItemMetrics.of(List.of(created), zone)));
        // Built from what was written: reading the new entity's getters would cost a query per column.
        int id = ao.create(AoActionItem.class, columns).getID();
        insert(item.pageId(), new ItemEvent(id, created.sequence(), created.at(), created.actorKey(), created.move(),
                created.from(), created.to(), created.note(), created.termsVersion(), created.date(), created.changes()));
        return new ActionItem(id, item.pageId(), item.macroId(), item.spaceKey(), item.kind(), item.terms(),
                item.outcome(), item.state(), item.version(), item.termsVersion(), item.agreedDue(), item.counterDue(),
                item.presence(), item.createdAt(), item.stateSince());
    }

    /**
     * Inserts the event, then saves what moves change: kind, terms, state, versions, agreed and
     * countered dates (and the due sort key), presence and state time. The space and the outcome
     * are left alone: only {@link #moveToSpace} and {@link #relink} change them, so a move made on
     * a stale read cannot undo a page move or a relink made meanwhile.
     */
    @Override
    public void record(ActionItem updated, ItemEvent event) {
        if (event.itemId() != updated.id() || event.sequence() != updated.version()) {
            throw new IllegalArgumentException("event " + event.itemId() + "#" + event.sequence()
                    + " does not belong to item " + updated.id() + " at version " + updated.version());
        }
        AoActionItem row = entity(updated.id())
                .orElseThrow(() -> new IllegalArgumentException("no action item " + updated.id()));
        Counted before = Counted.of(row);
        row.setKind(updated.kind().name());
        row.setOwnerKey(updated.terms().ownerKey());
        row.setRequesterKey(updated.terms().requesterKey());
        row.setBodyHash(updated.terms().bodyHash());
        row.setBodyExcerpt(updated.terms().bodyExcerpt());
        row.setDue(day(updated.terms().due()));
        row.setItemState(updated.state().name());
        row.setVersion(updated.version());
        row.setTermsVersion(updated.termsVersion());
        row.setAgreedDue(day(updated.agreedDue()));
        row.setCounterDue(day(updated.counterDue()));
        row.setDueSort(AoColumns.dueSort(updated.effectiveDue()));
        row.setPresence(updated.presence().name());
        row.setStateSince(instant(updated.stateSince()));
        List<ItemEvent> history = new ArrayList<>(ItemMetricsColumns.history(ao, updated.id()));
        history.add(event);
        ItemMetricsColumns.set(row, ItemMetrics.of(history, zone));
        // The tally rows go in before the event: on HSQLDB, Active Objects serialises inserts in the
        // JVM, so a racing move waiting on this event's unique key would block them until it timed out.
        AoTallies.change(ao, zone, Optional.of(before), Optional.of(Counted.of(row)));
        try {
            insert(updated.pageId(), event);
        } catch (RuntimeException e) {
            if (isConstraintViolation(e)) {
                throw new ConcurrentMoveException(updated.id(), e);
            }
            throw e;
        }
        row.save();
    }

    @Override
    public void relink(long itemId, Optional<String> outcome) {
        AoActionItem row = entity(itemId).orElseThrow(() -> new IllegalArgumentException("no action item " + itemId));
        Counted before = Counted.of(row);
        row.setOutcome(outcome.orElse(null));
        row.save();
        AoTallies.change(ao, zone, Optional.of(before), Optional.of(Counted.of(row)));
    }

    @Override
    public void moveToSpace(long pageId, String spaceKey) {
        for (AoActionItem row : ao.find(AoActionItem.class, Query.select().where("PAGE_ID = ?", pageId))) {
            Counted before = Counted.of(row);
            row.setSpaceKey(spaceKey);
            row.save();
            AoTallies.change(ao, zone, Optional.of(before), Optional.of(Counted.of(row)));
        }
    }

    @Override
    public void deleteByPage(long pageId) {
        for (AoActionItem row : ao.find(AoActionItem.class, Query.select().where("PAGE_ID = ?", pageId))) {
            AoTallies.change(ao, zone, Optional.of(Counted.of(row)), Optional.empty());
        }
        ao.deleteWithSQL(AoItemEvent.class, "PAGE_ID = ?", pageId);
        ao.deleteWithSQL(AoActionItem.class, "PAGE_ID = ?", pageId);
    }

    private Optional<AoActionItem> entity(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(AoActionItem.class, (int) id));
    }

    private void insert(long pageId, ItemEvent event) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("ITEM_ID", event.itemId());
        columns.put("PAGE_ID", pageId);
        columns.put("ITEM_SEQ", event.itemId() + ":" + event.sequence());
        columns.put("SEQUENCE_NO", event.sequence());
        columns.put("HAPPENED_AT", instant(event.at()));
        columns.put("ACTOR_KEY", event.actorKey().orElse(null));
        columns.put("MOVE_NAME", event.move().name());
        columns.put("FROM_STATE", event.from().name());
        columns.put("TO_STATE", event.to().name());
        columns.put("NOTE", event.note());
        columns.put("TERMS_VERSION", event.termsVersion());
        columns.put("MOVE_DATE", day(event.date()));
        columns.put("CHANGES", TermsChangeColumn.write(event.changes()));
        ao.create(AoItemEvent.class, columns);
    }

    /** The core record of a row; every column must have been selected. */
    static ActionItem item(AoActionItem row) {
        Terms terms = new Terms(text(row.getOwnerKey()), text(row.getRequesterKey()), row.getBodyHash(),
                row.getBodyExcerpt(), day(row.getDue()));
        return new ActionItem(row.getID(), row.getPageId(), row.getMacroId(), row.getSpaceKey(), Kind.valueOf(row.getKind()),
                terms, Optional.ofNullable(row.getOutcome()), State.valueOf(row.getItemState()), row.getVersion(),
                row.getTermsVersion(), day(row.getAgreedDue()), day(row.getCounterDue()), Presence.valueOf(row.getPresence()),
                instant(row.getCreatedAt()), instant(row.getStateSince()));
    }

    private static ItemEvent event(AoItemEvent row) {
        return new ItemEvent(row.getItemId(), row.getSequenceNo(), instant(row.getHappenedAt()),
                Optional.ofNullable(row.getActorKey()), Move.valueOf(row.getMoveName()), State.valueOf(row.getFromState()),
                State.valueOf(row.getToState()), row.getNote(), row.getTermsVersion(), day(row.getMoveDate()),
                TermsChangeColumn.read(row.getChanges()));
    }
}
