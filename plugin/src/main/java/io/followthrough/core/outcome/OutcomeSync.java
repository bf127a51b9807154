package io.followthrough.core.outcome;

import io.followthrough.core.commitment.Presence;
import io.followthrough.core.outcome.OutcomeEvent.Kind;
import io.followthrough.core.port.OutcomeStore;
import io.followthrough.core.port.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Keeps expected outcomes in step with page bodies and page lifecycle (DESIGN §5.1, §5.3). An
 * outcome is its macro: renaming it on the page keeps its status and history, and each change of
 * title, owner, due date or measure is recorded. A macro the page still holds but whose parameters
 * have problems is left as it was. Safe to repeat: syncing the same body twice records nothing.
 */
public final class OutcomeSync {
    private static final int ATTEMPTS = 5;

    private final OutcomeStore store;
    private final Transactions transactions;
    private final Clock clock;

    public OutcomeSync(OutcomeStore store, Transactions transactions, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * A page version was saved.
     *
     * @param trackable    the outcome macros whose parameters could be read
     * @param macroIdsOnPage the ids of every outcome macro on the page, readable or not
     */
    public void pageSaved(long pageId, String spaceKey, List<OutcomeOnPage> trackable, Collection<String> macroIdsOnPage) {
        Map<String, Outcome> existing = new HashMap<>();
        store.byPage(pageId).forEach(outcome -> existing.put(outcome.macroId(), outcome));
        Set<String> synced = new HashSet<>();
        for (OutcomeOnPage macro : trackable) {
            if (!synced.add(macro.macroId())) {
                continue;
            }
            Outcome outcome = existing.get(macro.macroId());
            if (outcome == null) {
                create(pageId, spaceKey, macro);
            } else {
                retrying(outcome.id(), current -> fromPage(current, macro));
            }
        }
        for (Outcome outcome : existing.values()) {
            if (!macroIdsOnPage.contains(outcome.macroId()) && outcome.presence() == Presence.LIVE) {
                retrying(outcome.id(), current -> presence(current, Kind.REMOVED, Presence.REMOVED));
            }
        }
    }

    /** The page went to the trash: its outcomes are hidden, not lost. */
    public void pageTrashed(long pageId) {
        store.byPage(pageId).stream().filter(o -> o.presence() == Presence.LIVE)
                .forEach(o -> retrying(o.id(), current -> presence(current, Kind.PAGE_TRASHED, Presence.PAGE_TRASHED)));
    }

    /** The page came back from the trash; its body is synced again by the caller. */
    public void pageRestored(long pageId) {
        store.byPage(pageId).stream().filter(o -> o.presence() == Presence.PAGE_TRASHED)
                .forEach(o -> retrying(o.id(), current -> presence(current, Kind.PAGE_RESTORED, Presence.LIVE)));
    }

    /** The page was purged from the trash: its outcomes and histories are deleted. */
    public void pagePurged(long pageId) {
        transactions.runInTransaction(() -> store.deleteByPage(pageId));
    }

    public void pageMoved(long pageId, String newSpaceKey) {
        transactions.runInTransaction(() -> store.moveToSpace(pageId, newSpaceKey));
    }

    private void create(long pageId, String spaceKey, OutcomeOnPage macro) {
        Instant now = clock.instant();
        Outcome outcome = new Outcome(0, pageId, macro.macroId(), spaceKey, macro.title(), macro.ownerKey(), macro.due(),
                macro.measure(), OutcomeStatus.PLANNED, 1, Presence.LIVE, now, now);
        transactions.inTransaction(() -> store.create(outcome, event(outcome, 1, now, Kind.CREATED, "", "")));
    }

    /** The events a page edit implies for one outcome, or none when nothing it states changed. */
    private Optional<Change> fromPage(Outcome outcome, OutcomeOnPage macro) {
        Instant now = clock.instant();
        List<OutcomeEvent> events = new ArrayList<>();
        if (outcome.presence() != Presence.LIVE) {
            events.add(event(outcome, outcome.version() + 1, now, Kind.REAPPEARED, "", ""));
        }
        changed(events, outcome, now, Kind.RETITLED, outcome.title(), macro.title());
        changed(events, outcome, now, Kind.OWNER_CHANGED, outcome.ownerKey().orElse(""), macro.ownerKey().orElse(""));
        changed(events, outcome, now, Kind.DUE_CHANGED, day(outcome.due()), day(macro.due()));
        changed(events, outcome, now, Kind.MEASURE_CHANGED, outcome.measure(), macro.measure());
        if (events.isEmpty()) {
            return Optional.empty();
        }
        int version = outcome.version() + events.size();
        return Optional.of(new Change(outcome.withPresence(Presence.LIVE, version).withDetails(macro, version), events));
    }

    private static void changed(List<OutcomeEvent> events, Outcome outcome, Instant now, Kind kind, String before,
                                String after) {
        if (!before.equals(after)) {
            events.add(event(outcome, outcome.version() + events.size() + 1, now, kind, before, after));
        }
    }

    private Optional<Change> presence(Outcome outcome, Kind kind, Presence presence) {
        int version = outcome.version() + 1;
        return Optional.of(new Change(outcome.withPresence(presence, version),
                List.of(event(outcome, version, clock.instant(), kind, "", ""))));
    }

    private static OutcomeEvent event(Outcome outcome, int sequence, Instant at, Kind kind, String before, String after) {
        return new OutcomeEvent(outcome.id(), sequence, at, Optional.empty(), kind, outcome.status(), outcome.status(), "",
                before, after);
    }

    private static String day(Optional<LocalDate> day) {
        return day.map(LocalDate::toString).orElse("");
    }

    /** Re-reads and re-applies when a person's status update on the same outcome was recorded in between. */
    private void retrying(long outcomeId, Function<Outcome, Optional<Change>> change) {
        transactions.retryingOnConflict(ATTEMPTS,
                () -> store.byId(outcomeId).flatMap(change).ifPresent(c -> store.record(c.outcome(), c.events())));
    }

    /** An outcome as a page event leaves it, and the events that record why. */
    private record Change(Outcome outcome, List<OutcomeEvent> events) {
    }
}
