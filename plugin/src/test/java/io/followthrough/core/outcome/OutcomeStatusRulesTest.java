package io.followthrough.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.core.commitment.Presence;
import io.followthrough.core.outcome.StatusChange.Applied;
import io.followthrough.core.outcome.StatusChange.Reason;
import io.followthrough.core.outcome.StatusChange.Rejected;
import io.followthrough.core.purpose.InMemoryPurposeStore;
import io.followthrough.core.purpose.PagePurpose;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (status, new status, actor, with or without note) combination of status updates. The
 * expected rules are written out here independently of the production code, so a wrong rule in
 * either fails.
 */
class OutcomeStatusRulesTest {
    static final String OWNER = "k-owner";
    static final String SPONSOR = "k-sponsor";
    static final String BYSTANDER = "k-bystander";
    static final long PAGE = 7;
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final Instant CREATED = Instant.parse("2026-11-01T08:00:00Z");

    private static final Set<OutcomeStatus> BAD_NEWS = Set.of(OutcomeStatus.AT_RISK, OutcomeStatus.OFF_TRACK,
            OutcomeStatus.MISSED, OutcomeStatus.DROPPED);
    private static final Set<OutcomeStatus> DECIDED = Set.of(OutcomeStatus.ACHIEVED, OutcomeStatus.MISSED,
            OutcomeStatus.DROPPED);

    static Outcome outcomeIn(OutcomeStatus status) {
        return new Outcome(0, PAGE, "o-1", "DEMO", "Launch", Optional.of(OWNER), Optional.of(LocalDate.of(2026, 12, 31)),
                "100 customers", status, 1, Presence.LIVE, CREATED, CREATED);
    }

    static OutcomeEvent created(Outcome outcome) {
        return new OutcomeEvent(0, 1, CREATED, Optional.empty(), OutcomeEvent.Kind.CREATED, outcome.status(),
                outcome.status(), "", "", "");
    }

    static PagePurpose purposeSponsoredBy(String sponsorKey) {
        return new PagePurpose(0, PAGE, "p-1", "DEMO", Optional.of(sponsorKey), Optional.of(LocalDate.of(2027, 6, 30)),
                Optional.empty(), Presence.LIVE);
    }

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (OutcomeStatus from : OutcomeStatus.values()) {
            for (OutcomeStatus to : OutcomeStatus.values()) {
                for (String actor : List.of(OWNER, SPONSOR, BYSTANDER)) {
                    for (String note : List.of("", "because the vendor is late")) {
                        all.add(Arguments.of(from, to, actor, note));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} -> {1} by {2} with note \"{3}\"")
    @MethodSource("everyCombination")
    void statusUpdatesFollowTheRules(OutcomeStatus from, OutcomeStatus to, String actor, String note) {
        InMemoryOutcomeStore outcomes = new InMemoryOutcomeStore();
        InMemoryPurposeStore purposes = new InMemoryPurposeStore();
        purposes.save(purposeSponsoredBy(SPONSOR));
        Outcome outcome = outcomes.create(outcomeIn(from), created(outcomeIn(from)));
        Outcomes rules = new Outcomes(outcomes, purposes, outcomes, Clock.fixed(NOW, ZoneOffset.UTC));

        StatusChange change = rules.setStatus(new StatusRequest(outcome.id(), to, actor, note, 1));

        Optional<Reason> expected = expectedRejection(from, to, actor, note);
        if (expected.isPresent()) {
            assertThat(change).isInstanceOf(Rejected.class);
            assertThat(((Rejected) change).reason()).isEqualTo(expected.get());
            assertThat(outcomes.history(outcome.id())).hasSize(1);
        } else {
            assertThat(change).isInstanceOf(Applied.class);
            Applied applied = (Applied) change;
            assertThat(applied.outcome().status()).isEqualTo(to);
            assertThat(applied.outcome().version()).isEqualTo(2);
            assertThat(applied.event().from()).isEqualTo(from);
            assertThat(applied.event().actorKey()).contains(actor);
            assertThat(outcomes.history(outcome.id())).hasSize(2);
        }
    }

    private static Optional<Reason> expectedRejection(OutcomeStatus from, OutcomeStatus to, String actor, String note) {
        if (actor.equals(BYSTANDER)) {
            return Optional.of(Reason.NOT_YOURS);
        }
        if (note.isEmpty() && BAD_NEWS.contains(to)) {
            return Optional.of(Reason.INVALID);
        }
        if (note.isEmpty() && DECIDED.contains(from) && !DECIDED.contains(to)) {
            return Optional.of(Reason.INVALID);
        }
        if (note.isEmpty() && from == to) {
            return Optional.of(Reason.NOT_ALLOWED);
        }
        return Optional.empty();
    }
}
