package io.followthrough.confluence.store;

import static io.followthrough.confluence.store.AoColumns.day;
import static io.followthrough.confluence.store.AoColumns.instant;
import static io.followthrough.confluence.store.AoColumns.isConstraintViolation;
import static io.followthrough.confluence.store.AoColumns.text;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.outcome.Outcome;
import io.followthrough.core.outcome.OutcomeEvent;
import io.followthrough.core.outcome.OutcomeStatus;
import io.followthrough.core.port.ConcurrentMoveException;
import io.followthrough.core.port.OutcomeStore;
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
 * Expected outcomes and their histories in Active Objects; hands out immutable core records, never
 * entities. Values are written as {@link AoColumns} says. Callers run writes in a transaction.
 */
public final class AoOutcomeStore implements OutcomeStore {

    private final ActiveObjects ao;

    public AoOutcomeStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<Outcome> byId(long id) {
        return entity(id).map(AoOutcomeStore::outcome);
    }

    @Override
    public List<Outcome> byPage(long pageId) {
        AoOutcome[] rows = ao.find(AoOutcome.class, Query.select().where("PAGE_ID = ?", pageId).order("ID"));
        return Arrays.stream(rows).map(AoOutcomeStore::outcome).toList();
    }

    @Override
    public Map<Long, List<OutcomeEvent>> historiesOfPage(long pageId) {
        AoOutcomeEvent[] rows = ao.find(AoOutcomeEvent.class,
                Query.select().where("PAGE_ID = ?", pageId).order("OUTCOME_ID, SEQUENCE_NO"));
        Map<Long, List<OutcomeEvent>> histories = new LinkedHashMap<>();
        for (AoOutcomeEvent row : rows) {
            histories.computeIfAbsent(row.getOutcomeId(), id -> new ArrayList<>()).add(event(row));
        }
        histories.replaceAll((id, events) -> List.copyOf(events));
        return Collections.unmodifiableMap(histories);
    }

    @Override
    public List<OutcomeEvent> history(long outcomeId) {
        AoOutcomeEvent[] rows = ao.find(AoOutcomeEvent.class,
                Query.select().where("OUTCOME_ID = ?", outcomeId).order("SEQUENCE_NO"));
        return Arrays.stream(rows).map(AoOutcomeStore::event).toList();
    }

    @Override
    public Outcome create(Outcome outcome, OutcomeEvent created) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("PAGE_ID", outcome.pageId());
        columns.put("MACRO_ID", outcome.macroId());
        columns.put("PAGE_MACRO", outcome.pageId() + ":" + outcome.macroId());
        columns.put("SPACE_KEY", outcome.spaceKey());
        columns.put("TITLE", outcome.title());
        columns.put("OWNER_KEY", outcome.ownerKey().orElse(null));
        columns.put("DUE", day(outcome.due()));
        columns.put("MEASURE", outcome.measure());
        columns.put("OUTCOME_STATUS", outcome.status().name());
        columns.put("VERSION", outcome.version());
        columns.put("PRESENCE", outcome.presence().name());
        columns.put("CREATED_AT", instant(outcome.createdAt()));
        columns.put("STATUS_SINCE", instant(outcome.statusSince()));
        // Built from what was written: reading the new entity's getters would cost a query per column.
        int id = ao.create(AoOutcome.class, columns).getID();
        ao.create(AoOutcomeEvent.class, List.of(row(outcome.pageId(), new OutcomeEvent(id, created.sequence(), created.at(),
                created.actorKey(), created.kind(), created.from(), created.to(), created.note(), created.before(),
                created.after()))));
        return new Outcome(id, outcome.pageId(), outcome.macroId(), outcome.spaceKey(), outcome.title(), outcome.ownerKey(),
                outcome.due(), outcome.measure(), outcome.status(), outcome.version(), outcome.presence(),
                outcome.createdAt(), outcome.statusSince());
    }

    /**
     * Inserts the events, then saves what they change: what the page states, status, version,
     * presence and status time. The space is left alone: only {@link #moveToSpace} changes it, so
     * an update made on a stale read cannot undo a page move made meanwhile.
     */
    @Override
    public void record(Outcome updated, List<OutcomeEvent> events) {
        boolean belongs = !events.isEmpty() && events.get(events.size() - 1).sequence() == updated.version()
                && events.stream().allMatch(e -> e.outcomeId() == updated.id());
        if (!belongs) {
            throw new IllegalArgumentException("events " + events + " do not lead outcome " + updated.id()
                    + " to version " + updated.version());
        }
        AoOutcome row = entity(updated.id())
                .orElseThrow(() -> new IllegalArgumentException("no outcome " + updated.id()));
        try {
            ao.create(AoOutcomeEvent.class, events.stream().map(e -> row(updated.pageId(), e)).toList());
        } catch (RuntimeException e) {
            if (isConstraintViolation(e)) {
                throw new ConcurrentMoveException("outcome " + updated.id(), e);
            }
            throw e;
        }
        row.setTitle(updated.title());
        row.setOwnerKey(updated.ownerKey().orElse(null));
        row.setDue(day(updated.due()));
        row.setMeasure(updated.measure());
        row.setOutcomeStatus(updated.status().name());
        row.setVersion(updated.version());
        row.setPresence(updated.presence().name());
        row.setStatusSince(instant(updated.statusSince()));
        row.save();
    }

    @Override
    public void moveToSpace(long pageId, String spaceKey) {
        for (AoOutcome row : ao.find(AoOutcome.class, Query.select().where("PAGE_ID = ?", pageId))) {
            row.setSpaceKey(spaceKey);
            row.save();
        }
    }

    @Override
    public void deleteByPage(long pageId) {
        ao.deleteWithSQL(AoOutcomeEvent.class, "PAGE_ID = ?", pageId);
        ao.deleteWithSQL(AoOutcome.class, "PAGE_ID = ?", pageId);
    }

    private Optional<AoOutcome> entity(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(AoOutcome.class, (int) id));
    }

    private static Map<String, Object> row(long pageId, OutcomeEvent event) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("OUTCOME_ID", event.outcomeId());
        columns.put("PAGE_ID", pageId);
        columns.put("OUTCOME_SEQ", event.outcomeId() + ":" + event.sequence());
        columns.put("SEQUENCE_NO", event.sequence());
        columns.put("HAPPENED_AT", instant(event.at()));
        columns.put("ACTOR_KEY", event.actorKey().orElse(null));
        columns.put("EVENT_KIND", event.kind().name());
        columns.put("FROM_STATUS", event.from().name());
        columns.put("TO_STATUS", event.to().name());
        columns.put("NOTE", event.note());
        columns.put("BEFORE_VALUE", event.before());
        columns.put("AFTER_VALUE", event.after());
        return columns;
    }

    static Outcome outcome(AoOutcome row) {
        return new Outcome(row.getID(), row.getPageId(), row.getMacroId(), row.getSpaceKey(), row.getTitle(),
                Optional.ofNullable(row.getOwnerKey()), day(row.getDue()), text(row.getMeasure()),
                OutcomeStatus.valueOf(row.getOutcomeStatus()), row.getVersion(), Presence.valueOf(row.getPresence()),
                instant(row.getCreatedAt()), instant(row.getStatusSince()));
    }

    private static OutcomeEvent event(AoOutcomeEvent row) {
        return new OutcomeEvent(row.getOutcomeId(), row.getSequenceNo(), instant(row.getHappenedAt()),
                Optional.ofNullable(row.getActorKey()), OutcomeEvent.Kind.valueOf(row.getEventKind()),
                OutcomeStatus.valueOf(row.getFromStatus()), OutcomeStatus.valueOf(row.getToStatus()), text(row.getNote()),
                text(row.getBeforeValue()), text(row.getAfterValue()));
    }
}
