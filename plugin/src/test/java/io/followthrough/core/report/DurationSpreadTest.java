package io.followthrough.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DurationSpreadTest {

    @Test
    void bucketsStartAtAMinuteAndGrowByATenth() {
        assertThat(DurationSpread.bucketOf(0)).isZero();
        assertThat(DurationSpread.bucketOf(59_999)).isZero();
        assertThat(DurationSpread.bucketOf(60_000)).isEqualTo(1);
        assertThat(DurationSpread.floorOf(1)).isEqualTo(60_000);
        assertThat(DurationSpread.floorOf(2)).isEqualTo(66_000);
        assertThat(DurationSpread.bucketOf(65_999)).isEqualTo(1);
        assertThat(DurationSpread.bucketOf(66_000)).isEqualTo(2);
        for (int bucket = 1; bucket < 150; bucket++) {
            long floor = DurationSpread.floorOf(bucket);
            assertThat(DurationSpread.bucketOf(floor)).isEqualTo(bucket);
            assertThat(DurationSpread.bucketOf(floor - 1)).isEqualTo(bucket - 1);
        }
        long century = 100L * 365 * 24 * 3_600_000;
        assertThat(DurationSpread.floorOf(DurationSpread.bucketOf(century))).isLessThanOrEqualTo(century)
                .isGreaterThan(century - century / 10 - 1);
    }

    @Test
    void theMiddleIsFoundInTheBucketThatReachesIt() {
        // Buckets 3, 7 and 9 hold 2, 3 and 4 values: nine in all, the middle is the fifth, the third of bucket 7.
        DurationSpread odd = DurationSpread.of(Map.of(3, 2, 7, 3, 9, 4));

        assertThat(odd.count()).isEqualTo(9);
        assertThat(odd.middle()).contains(new DurationSpread.Middle(DurationSpread.floorOf(7), 2, 1));
    }

    @Test
    void anEvenCountTakesTheTwoMiddleValuesWhichMayLieInTwoBuckets() {
        // Four values: the second and third; the second is the last of bucket 3.
        DurationSpread even = DurationSpread.of(Map.of(3, 2, 7, 2));

        assertThat(even.middle()).contains(new DurationSpread.Middle(DurationSpread.floorOf(3), 1, 2));
    }

    @Test
    void noValuesHaveNoMiddle() {
        assertThat(DurationSpread.none().middle()).isEmpty();
        assertThat(DurationSpread.of(Map.of(4, 0)).middle()).isEmpty();
    }
}
