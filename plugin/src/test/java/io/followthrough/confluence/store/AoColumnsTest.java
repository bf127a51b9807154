package io.followthrough.confluence.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Checks that stored instants and days read back exactly, by the digit-by-digit readers and by the general ones. */
class AoColumnsTest {

    @Test
    void storedInstantsReadBackExactly() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            // From 1970 to 9999, to the nanosecond.
            Instant instant = Instant.ofEpochSecond(random.nextLong(253_402_300_799L), random.nextInt(1_000_000_000));
            String stored = AoColumns.instant(instant);

            assertThat(stored).hasSize(AoColumns.INSTANT_LENGTH);
            assertThat(AoColumns.instant(stored)).isEqualTo(instant);
        }
        assertThat(AoColumns.instant("2026-11-22T09:15:00.000000000Z")).isEqualTo(Instant.parse("2026-11-22T09:15:00Z"));
        assertThat(AoColumns.instant("2024-02-29T23:59:59.999999999Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59.999999999Z"));
    }

    @Test
    void otherIsoFormsAreReadToo() {
        assertThat(AoColumns.instant("2026-11-22T09:15:00Z")).isEqualTo(Instant.parse("2026-11-22T09:15:00Z"));
        assertThat(AoColumns.instant("2026-11-22T09:15:00.5Z")).isEqualTo(Instant.parse("2026-11-22T09:15:00.500Z"));
        // Thirty characters, but not the stored shape: an offset instead of Z.
        assertThat(AoColumns.instant("2026-11-22T09:15:00.1234+01:00")).isEqualTo(Instant.parse("2026-11-22T08:15:00.1234Z"));
    }

    @Test
    void storedDaysReadBackExactly() {
        Random random = new Random(11);
        for (int i = 0; i < 10_000; i++) {
            LocalDate day = LocalDate.ofEpochDay(random.nextInt(2_932_896)); // 1970 to 9999
            assertThat(AoColumns.day(AoColumns.day(Optional.of(day)))).contains(day);
        }
        assertThat(AoColumns.day((String) null)).isEmpty();
        assertThat(AoColumns.day("+12345-01-02")).contains(LocalDate.of(12345, 1, 2));
        assertThatThrownBy(() -> AoColumns.day("2026-02-29")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> AoColumns.day(AoColumns.NO_DUE_DATE)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> AoColumns.day("2026-1x-01")).isInstanceOf(DateTimeException.class);
    }

    @Test
    void impossibleDatesAndTimesAreRefused() {
        assertThatThrownBy(() -> AoColumns.instant("2026-13-22T09:15:00.000000000Z")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> AoColumns.instant("2026-02-30T09:15:00.000000000Z")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> AoColumns.instant("2026-11-22T24:15:00.000000000Z")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> AoColumns.instant("2026-11-22T09:15:0x.000000000Z")).isInstanceOf(DateTimeException.class);
    }
}
