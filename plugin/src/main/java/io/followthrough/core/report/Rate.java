package io.followthrough.core.report;

import java.util.Optional;

/**
 * A share: {@code count} of {@code of}. Kept as two numbers so a report can say "3 of 4" and
 * tell "no data" (of = 0) from "none" (count = 0).
 */
public record Rate(int count, int of) {
    public Rate {
        if (count < 0 || of < 0 || count > of) {
            throw new IllegalArgumentException("rate " + count + " of " + of);
        }
    }

    /** The share between 0 and 1; empty when there is nothing to count. */
    public Optional<Double> share() {
        return of == 0 ? Optional.empty() : Optional.of((double) count / of);
    }

    /** The share in whole percent, rounded half up; empty when there is nothing to count. */
    public Optional<Integer> percent() {
        return share().map(s -> (int) Math.round(s * 100));
    }
}
