package io.followthrough.core.outcome;

import io.followthrough.core.commitment.Presence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An expected outcome: what the page states (title, owner, due date, measure) and the status people
 * set. Keyed by (pageId, macroId), so renaming it on the page keeps its history; {@code version}
 * grows with every recorded event and guards status changes against lost updates.
 *
 * @param measure     how we will know it is achieved; "" when the page gives none
 * @param statusSince when the outcome entered its current status
 */
public record Outcome(long id, long pageId, String macroId, String spaceKey, String title, Optional<String> ownerKey,
                      Optional<LocalDate> due, String measure, OutcomeStatus status, int version, Presence presence,
                      Instant createdAt, Instant statusSince) {

    public Outcome {
        Objects.requireNonNull(macroId, "macroId");
        Objects.requireNonNull(title, "title");
        ownerKey = ownerKey == null ? Optional.empty() : ownerKey;
        due = due == null ? Optional.empty() : due;
        measure = measure == null ? "" : measure;
    }

    public boolean isOwner(String userKey) {
        return ownerKey.filter(owner -> owner.equals(userKey)).isPresent();
    }

    /** The due date has passed and the outcome is not decided yet. */
    public boolean isOverdue(LocalDate today) {
        return !status.isClosed() && due.map(date -> date.isBefore(today)).orElse(false);
    }

    Outcome next(OutcomeStatus newStatus, Instant at) {
        return new Outcome(id, pageId, macroId, spaceKey, title, ownerKey, due, measure, newStatus, version + 1, presence,
                createdAt, newStatus == status ? statusSince : at);
    }

    Outcome withDetails(OutcomeOnPage page, int newVersion) {
        return new Outcome(id, pageId, macroId, spaceKey, page.title(), page.ownerKey(), page.due(), page.measure(), status,
                newVersion, presence, createdAt, statusSince);
    }

    Outcome withPresence(Presence newPresence, int newVersion) {
        return new Outcome(id, pageId, macroId, spaceKey, title, ownerKey, due, measure, status, newVersion, newPresence,
                createdAt, statusSince);
    }
}
