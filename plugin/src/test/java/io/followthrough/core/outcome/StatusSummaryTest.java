package io.followthrough.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.Kind;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.commitment.State;
import io.followthrough.core.commitment.Terms;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusSummaryTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static Outcome outcome(String title, OutcomeStatus status, LocalDate due, Presence presence) {
        return new Outcome(1, 7, "m-" + title, "DEMO", title, Optional.of("k-owner"), Optional.ofNullable(due), "", status, 1,
                presence, NOW, NOW);
    }

    @Test
    void countsThePagesOutcomesByStatusAndFlagsOverdueAndUnbackedOnes() {
        ActionItem accepted = new ActionItem(1, 7, "a", "DEMO", Kind.REQUEST, new Terms("k", "r", "h", "x", Optional.empty()),
                Optional.of("Backed"), State.ACCEPTED, 2, 1, Optional.empty(), Optional.empty(), Presence.LIVE, NOW, NOW);

        StatusSummary summary = StatusSummary.of(List.of(
                outcome("Backed", OutcomeStatus.ON_TRACK, TODAY.plusDays(3), Presence.LIVE),
                outcome("Late", OutcomeStatus.AT_RISK, TODAY.minusDays(1), Presence.LIVE),
                outcome("Done", OutcomeStatus.ACHIEVED, TODAY.minusDays(1), Presence.LIVE),
                outcome("Gone", OutcomeStatus.AT_RISK, null, Presence.REMOVED)), List.of(accepted), TODAY);

        assertThat(summary.total()).isEqualTo(3);
        assertThat(summary.outcomes()).extracting(Outcome::title).containsExactly("Backed", "Late", "Done");
        assertThat(summary.byStatus()).containsExactly(Map.entry(OutcomeStatus.ON_TRACK, 1), Map.entry(OutcomeStatus.AT_RISK, 1),
                Map.entry(OutcomeStatus.ACHIEVED, 1));
        assertThat(summary.overdue()).as("an achieved outcome is never late").isEqualTo(1);
        assertThat(summary.unbacked()).isEqualTo(1);
    }
}
