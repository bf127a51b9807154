package io.followthrough.core.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One recorded move in an item's history, never changed afterwards.
 *
 * @param sequence     the item's version after this event; unique per item, so two racing moves
 *                     cannot both be recorded
 * @param actorKey     the user who moved; empty for system moves
 * @param termsVersion the version of the terms the move was made against
 * @param date         the date a move carried: a counter's proposed date, or the due date agreed
 * @param changes      for terms and owner changes: what changed, old to new
 */
public record ItemEvent(long itemId, int sequence, Instant at, Optional<String> actorKey, Move move, State from,
                        State to, String note, int termsVersion, Optional<LocalDate> date, List<TermsChange> changes) {
    public ItemEvent {
        actorKey = actorKey == null ? Optional.empty() : actorKey;
        note = note == null ? "" : note;
        date = date == null ? Optional.empty() : date;
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    ItemEvent forItem(long id) {
        return new ItemEvent(id, sequence, at, actorKey, move, from, to, note, termsVersion, date, changes);
    }
}
