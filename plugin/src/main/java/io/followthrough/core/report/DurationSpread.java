package io.followthrough.core.report;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many of a scope's items have a duration in each of a fixed set of buckets, each a tenth wider
 * than the one before, from a minute up (the first holds everything shorter). Counted in the tally,
 * it says where the middle value lies, so that a median is read from that bucket on instead of
 * from the shortest duration on.
 *
 * @param perBucket items per bucket number; buckets without items may be left out
 */
public record DurationSpread(SortedMap<Integer, Integer> perBucket) {
    /** Where each bucket starts, in milliseconds; bucket 0 takes everything below a minute. */
    private static final long[] FLOORS = floors();

    public DurationSpread {
        perBucket = Collections.unmodifiableSortedMap(new TreeMap<>(perBucket));
    }

    public static DurationSpread none() {
        return new DurationSpread(new TreeMap<>());
    }

    /** From counts in any order. */
    public static DurationSpread of(Map<Integer, Integer> perBucket) {
        return new DurationSpread(new TreeMap<>(perBucket));
    }

    private static long[] floors() {
        long[] floors = new long[200];
        floors[0] = Long.MIN_VALUE;
        floors[1] = 60_000;
        int n = 2;
        // Up to more than a century: no item waits longer.
        while (floors[n - 1] < 4_000_000_000_000L) {
            floors[n] = floors[n - 1] + floors[n - 1] / 10;
            n++;
        }
        return Arrays.copyOf(floors, n);
    }

    /** The bucket a duration of this many milliseconds counts in. */
    public static int bucketOf(long millis) {
        int found = Arrays.binarySearch(FLOORS, millis);
        return found >= 0 ? found : -found - 2;
    }

    /** The shortest duration, in milliseconds, of a bucket. */
    public static long floorOf(int bucket) {
        return FLOORS[bucket];
    }

    /** How many items have the duration. */
    public int count() {
        return perBucket.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Where the middle value, or the middle two for an even count, lies: from the first bucket that
     * reaches the middle, after the given number of that bucket's values and later ones in order.
     */
    public Optional<Middle> middle() {
        int count = count();
        if (count <= 0) {
            return Optional.empty();
        }
        int position = (count - 1) / 2;
        int take = count % 2 == 0 ? 2 : 1;
        int below = 0;
        for (Map.Entry<Integer, Integer> bucket : perBucket.entrySet()) {
            if (below + bucket.getValue() > position) {
                return Optional.of(new Middle(floorOf(bucket.getKey()), position - below, take));
            }
            below += bucket.getValue();
        }
        return Optional.empty();
    }

    /**
     * The middle of a duration's values: skip {@code skip} of the values from {@code fromMillis}
     * on (in order), then take {@code take}; the median is the one, or the mean of the two.
     */
    public record Middle(long fromMillis, int skip, int take) {
    }
}
