package io.followthrough.core.outcome;

/** A person's status update on an outcome, made against the version of the outcome they saw. */
public record StatusRequest(long outcomeId, OutcomeStatus status, String actorKey, String note, int expectedVersion) {
    public StatusRequest {
        note = note == null ? "" : note.strip();
    }
}
