package io.followthrough.core.outcome;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * One recorded event in an outcome's history, never changed afterwards.
 *
 * @param sequence the outcome's version after this event; unique per outcome, so of two status
 *                 changes made against the same version only one is recorded
 * @param actorKey the user who set the status; empty for events that follow page changes
 * @param note     what the person said with a status change
 * @param before   for changes of what the page states: the old value ("" for none); dates as
 *                 yyyy-MM-dd, users as user keys
 * @param after    the new value, as {@code before}
 */
public record OutcomeEvent(long outcomeId, int sequence, Instant at, Optional<String> actorKey, Kind kind,
                           OutcomeStatus from, OutcomeStatus to, String note, String before, String after) {

    public OutcomeEvent {
        actorKey = actorKey == null ? Optional.empty() : actorKey;
        note = note == null ? "" : note;
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    /** What happened: a person's status update, or what the app saw happen to the page. */
    public enum Kind {
        STATUS_SET, CREATED, RETITLED, OWNER_CHANGED, DUE_CHANGED, MEASURE_CHANGED, REMOVED, REAPPEARED,
        PAGE_TRASHED, PAGE_RESTORED;

        /** The wire name, e.g. "status-set". */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    OutcomeEvent forOutcome(long id) {
        return new OutcomeEvent(id, sequence, at, actorKey, kind, from, to, note, before, after);
    }
}
