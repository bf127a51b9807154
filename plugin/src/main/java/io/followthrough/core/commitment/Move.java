package io.followthrough.core.commitment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every move an item can take: the people's moves of DESIGN §5.4 and the system's moves that
 * follow page edits and page lifecycle.
 */
public enum Move {
    ACCEPT, DECLINE, COUNTER, WITHDRAW, ACCEPT_OFFER, DECLINE_OFFER, ACCEPT_COUNTER, REJECT_COUNTER,
    MARK_DONE, RELEASE, CANCEL, ACKNOWLEDGE, REOPEN, COMMENT,
    CREATED, TERMS_CHANGED, OWNER_CHANGED, REMOVED, REAPPEARED, PAGE_TRASHED, PAGE_RESTORED;

    /** System moves are made by the app when pages change, never by a person through the API. */
    public boolean isSystem() {
        return ordinal() >= CREATED.ordinal();
    }

    /** The wire name, e.g. "accept-counter". */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A person's move by its wire name; system moves cannot be named from outside. */
    public static Optional<Move> personMove(String wireName) {
        return Arrays.stream(values()).filter(m -> !m.isSystem() && m.wireName().equals(wireName)).findFirst();
    }
}
