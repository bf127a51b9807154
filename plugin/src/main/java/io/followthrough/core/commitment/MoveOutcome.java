package io.followthrough.core.commitment;

import java.util.Optional;

/** What became of a move: recorded, or rejected with the reason and, where known, the item as it is now. */
public sealed interface MoveOutcome {
    /** The move was recorded. */
    record Applied(ActionItem item, ItemEvent event) implements MoveOutcome {
    }

    /** The move was not recorded. {@code field} names the input at fault, if any. */
    record Rejected(Reason reason, String field, String detail, Optional<ActionItem> current) implements MoveOutcome {
    }

    /** Why a move was not recorded; adapters map each to one HTTP status. */
    enum Reason {
        /** No such item (or it is in the trash). */
        NO_ITEM,
        /** The item changed since the caller saw it. */
        STALE,
        /** The move does not exist in the item's current state. */
        NOT_ALLOWED,
        /** The move exists but belongs to the other party. */
        NOT_YOUR_MOVE,
        /** A reason, note or date the move needs is missing or invalid. */
        INVALID
    }
}
