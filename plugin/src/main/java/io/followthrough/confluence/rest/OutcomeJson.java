package io.followthrough.confluence.rest;

import io.followthrough.core.outcome.Outcome;
import io.followthrough.core.outcome.OutcomeEvent;
import io.followthrough.core.outcome.OutcomeRollup;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An expected outcome as REST clients see it; dates are ISO strings, users are user keys. */
public record OutcomeJson(long id, long pageId, String macroId, String spaceKey, String title, String owner, String due,
                          String measure, String status, int version, String presence, boolean overdue,
                          boolean canSetStatus, RollupJson rollup, List<EventJson> history) {

    /** What the linked action items add up to; {@code byState} maps item states to counts. */
    public record RollupJson(int total, Map<String, Integer> byState, int overdue, String nextDue, boolean backed,
                             boolean unbacked, boolean allDone) {
    }

    /** One history event; {@code before} and {@code after} are set for changes of what the page states. */
    public record EventJson(int sequence, String at, String actor, String kind, String from, String to, String note,
                            String before, String after) {
    }

    static OutcomeJson of(Outcome outcome, List<OutcomeEvent> history, OutcomeRollup rollup, boolean canSetStatus,
                          LocalDate today) {
        Map<String, Integer> byState = new LinkedHashMap<>();
        rollup.byState().forEach((state, count) -> byState.put(state.wireName(), count));
        return new OutcomeJson(outcome.id(), outcome.pageId(), outcome.macroId(), outcome.spaceKey(), outcome.title(),
                outcome.ownerKey().orElse(null), iso(outcome.due().orElse(null)), outcome.measure(), outcome.status().wireName(),
                outcome.version(), outcome.presence().name().toLowerCase(Locale.ROOT), outcome.isOverdue(today), canSetStatus,
                new RollupJson(rollup.total(), byState, rollup.overdue(), iso(rollup.nextDue().orElse(null)), rollup.backed(),
                        rollup.isUnbacked(outcome.status()), rollup.allDone()),
                history == null ? null : history.stream().map(OutcomeJson::event).toList());
    }

    private static EventJson event(OutcomeEvent e) {
        return new EventJson(e.sequence(), e.at().toString(), e.actorKey().orElse(null), e.kind().wireName(),
                e.from().wireName(), e.to().wireName(), e.note(), e.before(), e.after());
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
