package io.followthrough.core.commitment;

import java.util.Locale;

/** Where an action item stands in the conversation for action (DESIGN §5.4). */
public enum State {
    REQUESTED, OFFERED, COUNTERED, ACCEPTED, DONE, SATISFIED, DECLINED, WITHDRAWN, RELEASED, CANCELLED;

    /** Closed items take no further moves but comments. */
    public boolean isClosed() {
        return this == SATISFIED || this == DECLINED || this == WITHDRAWN || this == RELEASED || this == CANCELLED;
    }

    /** Someone still owes something: an answer, the work, or an acknowledgement. */
    public boolean isOpen() {
        return !isClosed();
    }

    /** The owner's promise stands: the work is agreed and not yet delivered. */
    public boolean isPromised() {
        return this == ACCEPTED;
    }

    /** The wire name, e.g. "requested". */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
