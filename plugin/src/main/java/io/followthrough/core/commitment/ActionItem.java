package io.followthrough.core.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An action item: the terms the page states and the state the people have reached. Keyed by
 * (pageId, macroId); {@code version} grows with every recorded event and guards against lost updates.
 *
 * @param agreedDue  the date the owner promised: the due date at acceptance, or the accepted counter's date
 * @param counterDue the date the owner proposed in a pending counter
 * @param stateSince when the item entered its current state
 */
public record ActionItem(long id, long pageId, String macroId, String spaceKey, Kind kind, Terms terms,
                         Optional<String> outcome, State state, int version, int termsVersion,
                         Optional<LocalDate> agreedDue, Optional<LocalDate> counterDue, Presence presence,
                         Instant createdAt, Instant stateSince) {

    public ActionItem {
        Objects.requireNonNull(macroId, "macroId");
        Objects.requireNonNull(terms, "terms");
        outcome = outcome == null ? Optional.empty() : outcome;
        agreedDue = agreedDue == null ? Optional.empty() : agreedDue;
        counterDue = counterDue == null ? Optional.empty() : counterDue;
    }

    /** The date that counts: what was agreed, else what the page asks for. */
    public Optional<LocalDate> effectiveDue() {
        return agreedDue.or(terms::due);
    }

    /** Due date passed and the work is neither delivered nor closed. */
    public boolean isOverdue(LocalDate today) {
        boolean undelivered = state == State.REQUESTED || state == State.OFFERED || state == State.COUNTERED
                || state == State.ACCEPTED;
        return undelivered && effectiveDue().map(due -> due.isBefore(today)).orElse(false);
    }

    /** Someone must still answer: the owner a request, the requester an offer or counter. */
    public boolean isAwaitingAnswer() {
        return state == State.REQUESTED || state == State.OFFERED || state == State.COUNTERED;
    }

    /** Delivered and waiting for the requester to declare satisfaction. */
    public boolean isAwaitingAcknowledgement() {
        return state == State.DONE;
    }

    public boolean isOwner(String userKey) {
        return terms.ownerKey().equals(userKey);
    }

    public boolean isRequester(String userKey) {
        return terms.requesterKey().equals(userKey);
    }

    ActionItem next(State newState, Instant at) {
        return new ActionItem(id, pageId, macroId, spaceKey, kind, terms, outcome, newState, version + 1, termsVersion,
                agreedDue, counterDue, presence, createdAt, newState == state ? stateSince : at);
    }

    ActionItem withDates(Optional<LocalDate> agreed, Optional<LocalDate> counter) {
        return new ActionItem(id, pageId, macroId, spaceKey, kind, terms, outcome, state, version, termsVersion,
                agreed, counter, presence, createdAt, stateSince);
    }

    ActionItem withTerms(Kind newKind, Terms newTerms, Optional<String> newOutcome, int newTermsVersion) {
        return new ActionItem(id, pageId, macroId, spaceKey, newKind, newTerms, newOutcome, state, version,
                newTermsVersion, agreedDue, counterDue, presence, createdAt, stateSince);
    }

    ActionItem withPresence(Presence newPresence) {
        return new ActionItem(id, pageId, macroId, spaceKey, kind, terms, outcome, state, version, termsVersion,
                agreedDue, counterDue, newPresence, createdAt, stateSince);
    }

    ActionItem inSpace(String newSpaceKey) {
        return new ActionItem(id, pageId, macroId, newSpaceKey, kind, terms, outcome, state, version, termsVersion,
                agreedDue, counterDue, presence, createdAt, stateSince);
    }
}
