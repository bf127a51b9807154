package io.followthrough.core.outcome;

import io.followthrough.core.commitment.Notes;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.outcome.StatusChange.Applied;
import io.followthrough.core.outcome.StatusChange.Reason;
import io.followthrough.core.outcome.StatusChange.Rejected;
import io.followthrough.core.port.ConcurrentMoveException;
import io.followthrough.core.port.OutcomeStore;
import io.followthrough.core.port.PurposeStore;
import io.followthrough.core.port.Transactions;
import io.followthrough.core.purpose.PagePurpose;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sets the status of expected outcomes (DESIGN §5.3): who may, what an update must carry, and
 * that of two updates made against the same version only one is recorded.
 *
 * <p>Rules: the outcome's owner or the sponsor of its page's purpose sets the status; at-risk,
 * off-track, missed and dropped need a note saying why, as does reopening a decided outcome
 * (achieved, missed or dropped); setting the status it already has is an update only with a note.
 */
public final class Outcomes {
    /** Longest note kept with a status update: a short explanation, not a report. */
    public static final int MAX_NOTE = 500;

    private final OutcomeStore outcomes;
    private final PurposeStore purposes;
    private final Transactions transactions;
    private final Clock clock;

    public Outcomes(OutcomeStore outcomes, PurposeStore purposes, Transactions transactions, Clock clock) {
        this.outcomes = outcomes;
        this.purposes = purposes;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Whether the user may set the outcome's status now: it is on its page and they own it or sponsor the page's purpose. */
    public static boolean maySetStatus(Outcome outcome, Optional<PagePurpose> purpose, String userKey) {
        return outcome.presence() == Presence.LIVE && isOwnerOrSponsor(outcome, purpose, userKey);
    }

    public StatusChange setStatus(StatusRequest request) {
        try {
            return transactions.inTransaction(() -> attempt(request));
        } catch (ConcurrentMoveException raced) {
            return new Rejected(Reason.STALE, "expectedVersion", "another status update was recorded first",
                    outcomes.byId(request.outcomeId()));
        }
    }

    private StatusChange attempt(StatusRequest request) {
        Optional<Outcome> found = outcomes.byId(request.outcomeId()).filter(o -> o.presence() != Presence.PAGE_TRASHED);
        if (found.isEmpty()) {
            return new Rejected(Reason.NO_OUTCOME, "", "no such outcome", Optional.empty());
        }
        Outcome outcome = found.get();
        if (!isOwnerOrSponsor(outcome, purposes.byPage(outcome.pageId()), request.actorKey())) {
            return new Rejected(Reason.NOT_YOURS, "status",
                    "only the outcome's owner or the sponsor of the page's purpose can set its status", found);
        }
        if (outcome.version() != request.expectedVersion()) {
            return new Rejected(Reason.STALE, "expectedVersion", "the outcome is at version " + outcome.version(), found);
        }
        if (outcome.presence() == Presence.REMOVED) {
            return new Rejected(Reason.NOT_ALLOWED, "status", "the outcome was removed from its page", found);
        }
        Optional<Rejected> invalid = checkNote(outcome, request, found);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        Instant now = clock.instant();
        Outcome next = outcome.next(request.status(), now);
        OutcomeEvent event = new OutcomeEvent(outcome.id(), next.version(), now, Optional.of(request.actorKey()),
                OutcomeEvent.Kind.STATUS_SET, outcome.status(), request.status(), request.note(), "", "");
        outcomes.record(next, List.of(event));
        return new Applied(next, event);
    }

    private static Optional<Rejected> checkNote(Outcome outcome, StatusRequest request, Optional<Outcome> current) {
        Optional<String> badNote = Notes.problem(request.note(), MAX_NOTE);
        if (badNote.isPresent()) {
            return Optional.of(new Rejected(Reason.INVALID, "note", badNote.get(), current));
        }
        boolean noNote = request.note().isEmpty();
        OutcomeStatus to = request.status();
        if (noNote && to.needsNote()) {
            return Optional.of(new Rejected(Reason.INVALID, "note", to.wireName() + " needs a note saying why", current));
        }
        if (noNote && outcome.status().isClosed() && !to.isClosed()) {
            return Optional.of(new Rejected(Reason.INVALID, "note", "reopening a " + outcome.status().wireName()
                    + " outcome needs a note saying why", current));
        }
        if (noNote && to == outcome.status()) {
            return Optional.of(new Rejected(Reason.NOT_ALLOWED, "status", "the outcome is already " + to.wireName()
                    + "; add a note to post an update", current));
        }
        return Optional.empty();
    }

    private static boolean isOwnerOrSponsor(Outcome outcome, Optional<PagePurpose> purpose, String userKey) {
        return userKey != null && (outcome.isOwner(userKey)
                || purpose.filter(p -> p.presence() == Presence.LIVE && p.isSponsor(userKey)).isPresent());
    }
}
