package io.followthrough.core.commitment;

import java.time.LocalDate;
import java.util.Optional;

/** A person's move on an item, made against the version of the item they saw. */
public record MoveRequest(long itemId, Move move, String actorKey, String note, Optional<LocalDate> date,
                          int expectedVersion) {
    public MoveRequest {
        note = note == null ? "" : note.strip();
        date = date == null ? Optional.empty() : date;
    }
}
