package io.followthrough.core.outcome;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an expected outcome stands, as its owner or the purpose's sponsor last said (DESIGN §5.3). */
public enum OutcomeStatus {
    PLANNED, ON_TRACK, AT_RISK, OFF_TRACK, ACHIEVED, MISSED, DROPPED;

    /** Closed outcomes are decided: delivered, missed or given up. */
    public boolean isClosed() {
        return this == ACHIEVED || this == MISSED || this == DROPPED;
    }

    /** Bad news needs a word on why: the note is required. */
    public boolean needsNote() {
        return this == AT_RISK || this == OFF_TRACK || this == MISSED || this == DROPPED;
    }

    /** The wire name, e.g. "on-track". */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<OutcomeStatus> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(wireName)).findFirst();
    }
}
