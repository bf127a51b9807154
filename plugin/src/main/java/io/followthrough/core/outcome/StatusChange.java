package io.followthrough.core.outcome;

import java.util.Optional;

/** What became of a status update: recorded, or rejected with the reason and, where known, the outcome as it is now. */
public sealed interface StatusChange {
    /** The update was recorded. */
    record Applied(Outcome outcome, OutcomeEvent event) implements StatusChange {
    }

    /** The update was not recorded. {@code field} names the input at fault, if any. */
    record Rejected(Reason reason, String field, String detail, Optional<Outcome> current) implements StatusChange {
    }

    /** Why an update was not recorded; adapters map each to one HTTP status. */
    enum Reason {
        /** No such outcome (or its page is in the trash). */
        NO_OUTCOME,
        /** The outcome changed since the caller saw it. */
        STALE,
        /** The update is not possible now: the outcome left its page, or nothing would change. */
        NOT_ALLOWED,
        /** Only the outcome's owner and the purpose's sponsor set its status. */
        NOT_YOURS,
        /** The status or note is missing or invalid. */
        INVALID
    }
}
