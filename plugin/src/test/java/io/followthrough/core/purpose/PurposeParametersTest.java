package io.followthrough.core.purpose;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.core.param.ParameterProblem;
import io.followthrough.core.param.ParameterProblem.Code;
import io.followthrough.core.param.Parsed;
import io.followthrough.core.port.Directory;
import io.followthrough.core.port.Person;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PurposeParametersTest {
    private static final Person ALICE = new Person("k-alice", "alice", "Alice Archer");
    private final Directory directory = name -> name.equals("alice") || name.equals("k-alice")
            ? Optional.of(ALICE) : Optional.empty();
    private final PurposeParameters parameters = new PurposeParameters(directory);

    private Parsed<Purpose> read(String... keyValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return parameters.read(map);
    }

    @Test
    void readsSponsorTimeFrameAndReview() {
        Parsed<Purpose> parsed = read("sponsor", "alice", "until", "2026-12-31", "review", "2026-06-30");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.value()).isEqualTo(new Purpose(Optional.of(ALICE),
                Optional.of(LocalDate.of(2026, 12, 31)), Optional.of(LocalDate.of(2026, 6, 30))));
    }

    @Test
    void acceptsAUserKeyForTheSponsor() {
        assertThat(read("sponsor", "k-alice", "until", "2026-12-31").value().sponsor()).contains(ALICE);
    }

    @Test
    void anUnknownSponsorIsReportedWithTheNameAsWritten() {
        Parsed<Purpose> parsed = read("sponsor", "mallory", "until", "2026-12-31");

        assertThat(parsed.problems()).containsExactly(new ParameterProblem("sponsor", Code.UNKNOWN_USER, "mallory"));
        assertThat(parsed.value().until()).contains(LocalDate.of(2026, 12, 31));
    }

    @Test
    void malformedAndImpossibleDatesAreReported() {
        Parsed<Purpose> parsed = read("sponsor", "alice", "until", "31/12/2026", "review", "2026-02-30");

        assertThat(parsed.problems()).containsExactly(
                new ParameterProblem("until", Code.MALFORMED_DATE, "31/12/2026"),
                new ParameterProblem("review", Code.MALFORMED_DATE, "2026-02-30"));
    }

    @Test
    void missingRequiredParametersAreReportedButReviewIsOptional() {
        assertThat(read().problems()).containsExactly(
                new ParameterProblem("sponsor", Code.MISSING, ""),
                new ParameterProblem("until", Code.MISSING, ""));
    }

    @Test
    void overlongValuesAreReportedNotCut() {
        Parsed<Purpose> parsed = read("sponsor", "a".repeat(300), "until", "2026-12-31");

        assertThat(parsed.problems()).extracting(ParameterProblem::code).containsExactly(Code.TOO_LONG);
        assertThat(parsed.value().sponsor()).isEmpty();
    }

    @Test
    void aPurposeExpiresTheDayAfterItsLastDay() {
        Purpose purpose = read("sponsor", "alice", "until", "2026-12-31").value();

        assertThat(purpose.isExpired(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(purpose.isExpired(LocalDate.of(2027, 1, 1))).isTrue();
    }

    @Test
    void aReviewIsDueFromItsDateUntilThePurposeExpires() {
        Purpose purpose = read("sponsor", "alice", "until", "2026-12-31", "review", "2026-06-30").value();

        assertThat(purpose.isReviewDue(LocalDate.of(2026, 6, 29))).isFalse();
        assertThat(purpose.isReviewDue(LocalDate.of(2026, 6, 30))).isTrue();
        assertThat(purpose.isReviewDue(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void aPurposeWithoutTimeFrameNeverExpires() {
        assertThat(read("sponsor", "alice").value().isExpired(LocalDate.of(2100, 1, 1))).isFalse();
    }
}
