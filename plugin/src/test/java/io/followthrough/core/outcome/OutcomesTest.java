package io.followthrough.core.outcome;

import static io.followthrough.core.outcome.OutcomeStatusRulesTest.BYSTANDER;
import static io.followthrough.core.outcome.OutcomeStatusRulesTest.CREATED;
import static io.followthrough.core.outcome.OutcomeStatusRulesTest.NOW;
import static io.followthrough.core.outcome.OutcomeStatusRulesTest.OWNER;
import static io.followthrough.core.outcome.OutcomeStatusRulesTest.PAGE;
import static io.followthrough.core.outcome.OutcomeStatusRulesTest.SPONSOR;
import static io.followthrough.core.outcome.OutcomeStatusRulesTest.created;
import static io.followthrough.core.outcome.OutcomeStatusRulesTest.outcomeIn;
import static io.followthrough.core.outcome.OutcomeStatusRulesTest.purposeSponsoredBy;
import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.core.commitment.Presence;
import io.followthrough.core.outcome.StatusChange.Applied;
import io.followthrough.core.outcome.StatusChange.Reason;
import io.followthrough.core.outcome.StatusChange.Rejected;
import io.followthrough.core.port.ConcurrentMoveException;
import io.followthrough.core.purpose.InMemoryPurposeStore;
import io.followthrough.core.purpose.PagePurpose;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutcomesTest {
    private final InMemoryOutcomeStore outcomes = new InMemoryOutcomeStore();
    private final InMemoryPurposeStore purposes = new InMemoryPurposeStore();
    private final Outcomes rules = new Outcomes(outcomes, purposes, outcomes, Clock.fixed(NOW, ZoneOffset.UTC));

    private Outcome stored(OutcomeStatus status) {
        return outcomes.create(outcomeIn(status), created(outcomeIn(status)));
    }

    private StatusChange set(Outcome outcome, OutcomeStatus status, String actor, String note, int version) {
        return rules.setStatus(new StatusRequest(outcome.id(), status, actor, note, version));
    }

    private static Rejected rejected(StatusChange change) {
        assertThat(change).isInstanceOf(Rejected.class);
        return (Rejected) change;
    }

    @Test
    void theOwnerSetsAtRiskWithANoteAndTheHistoryKeepsIt() {
        Outcome outcome = stored(OutcomeStatus.PLANNED);

        Applied applied = (Applied) set(outcome, OutcomeStatus.AT_RISK, OWNER, "  vendor is late  ", 1);

        assertThat(applied.outcome().status()).isEqualTo(OutcomeStatus.AT_RISK);
        assertThat(applied.outcome().statusSince()).isEqualTo(NOW);
        assertThat(applied.event().note()).isEqualTo("vendor is late");
        assertThat(applied.event().kind()).isEqualTo(OutcomeEvent.Kind.STATUS_SET);
        assertThat(outcomes.history(outcome.id())).containsExactly(created(outcome).forOutcome(outcome.id()), applied.event());
        assertThat(outcomes.byId(outcome.id())).contains(applied.outcome());
    }

    @Test
    void theSponsorOfThePagesPurposeMaySetTheStatusToo() {
        purposes.save(purposeSponsoredBy(SPONSOR));
        Outcome outcome = stored(OutcomeStatus.PLANNED);

        assertThat(set(outcome, OutcomeStatus.ON_TRACK, SPONSOR, "", 1)).isInstanceOf(Applied.class);
        assertThat(Outcomes.maySetStatus(outcome, purposes.byPage(PAGE), SPONSOR)).isTrue();
    }

    @Test
    void theSponsorOfARemovedPurposeMayNot() {
        PagePurpose removed = purposeSponsoredBy(SPONSOR);
        purposes.save(new PagePurpose(0, PAGE, removed.macroId(), "DEMO", removed.sponsorKey(), removed.until(),
                removed.review(), Presence.REMOVED));
        Outcome outcome = stored(OutcomeStatus.PLANNED);

        assertThat(rejected(set(outcome, OutcomeStatus.ON_TRACK, SPONSOR, "", 1)).reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(Outcomes.maySetStatus(outcome, purposes.byPage(PAGE), SPONSOR)).isFalse();
    }

    @Test
    void othersMayNotAndAreToldWhoMay() {
        Outcome outcome = stored(OutcomeStatus.PLANNED);

        Rejected r = rejected(set(outcome, OutcomeStatus.ON_TRACK, BYSTANDER, "I think so", 1));

        assertThat(r.reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(r.detail()).contains("owner").contains("sponsor");
        assertThat(Outcomes.maySetStatus(outcome, Optional.empty(), BYSTANDER)).isFalse();
        assertThat(Outcomes.maySetStatus(outcome, Optional.empty(), null)).isFalse();
    }

    @Test
    void anOutcomeWithoutOwnerIsSetByTheSponsorOnly() {
        Outcome unowned = outcomes.create(new Outcome(0, PAGE, "o-2", "DEMO", "Unowned", Optional.empty(), Optional.empty(),
                "", OutcomeStatus.PLANNED, 1, Presence.LIVE, CREATED, CREATED), created(outcomeIn(OutcomeStatus.PLANNED)));
        purposes.save(purposeSponsoredBy(SPONSOR));

        assertThat(rejected(set(unowned, OutcomeStatus.ON_TRACK, OWNER, "", 1)).reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(set(unowned, OutcomeStatus.ON_TRACK, SPONSOR, "", 1)).isInstanceOf(Applied.class);
    }

    @Test
    void anUpdateAgainstAnOlderVersionIsStaleAndCarriesTheCurrentOutcome() {
        Outcome outcome = stored(OutcomeStatus.PLANNED);
        set(outcome, OutcomeStatus.ON_TRACK, OWNER, "", 1);

        Rejected r = rejected(set(outcome, OutcomeStatus.ACHIEVED, OWNER, "", 1));

        assertThat(r.reason()).isEqualTo(Reason.STALE);
        assertThat(r.field()).isEqualTo("expectedVersion");
        assertThat(r.current()).hasValueSatisfying(now -> assertThat(now.status()).isEqualTo(OutcomeStatus.ON_TRACK));
    }

    @Test
    void anUpdateThatLosesARaceInTheStoreIsStale() {
        InMemoryOutcomeStore racing = new InMemoryOutcomeStore() {
            @Override
            public void record(Outcome updated, List<OutcomeEvent> events) {
                throw new ConcurrentMoveException("outcome " + updated.id(), null);
            }
        };
        Outcome outcome = racing.create(outcomeIn(OutcomeStatus.PLANNED), created(outcomeIn(OutcomeStatus.PLANNED)));
        Outcomes racingRules = new Outcomes(racing, purposes, racing, Clock.fixed(NOW, ZoneOffset.UTC));

        Rejected r = rejected(racingRules.setStatus(new StatusRequest(outcome.id(), OutcomeStatus.ON_TRACK, OWNER, "", 1)));

        assertThat(r.reason()).isEqualTo(Reason.STALE);
        assertThat(r.current()).isPresent();
    }

    @Test
    void outcomesInTheTrashDoNotExistAndRemovedOnesTakeNoUpdates() {
        Outcome trashed = outcomes.create(withPresence(outcomeIn(OutcomeStatus.PLANNED), Presence.PAGE_TRASHED),
                created(outcomeIn(OutcomeStatus.PLANNED)));
        Outcome removed = outcomes.create(withPresence(outcomeIn(OutcomeStatus.PLANNED), Presence.REMOVED),
                created(outcomeIn(OutcomeStatus.PLANNED)));

        assertThat(rejected(set(trashed, OutcomeStatus.ON_TRACK, OWNER, "", 1)).reason()).isEqualTo(Reason.NO_OUTCOME);
        assertThat(rejected(set(removed, OutcomeStatus.ON_TRACK, OWNER, "", 1)).reason()).isEqualTo(Reason.NOT_ALLOWED);
        assertThat(rejected(rules.setStatus(new StatusRequest(999, OutcomeStatus.ON_TRACK, OWNER, "", 1))).reason())
                .isEqualTo(Reason.NO_OUTCOME);
        assertThat(Outcomes.maySetStatus(removed, Optional.empty(), OWNER)).isFalse();
    }

    @Test
    void aNoteMustBeShortAndWithoutControlCharacters() {
        Outcome outcome = stored(OutcomeStatus.PLANNED);

        Rejected tooLong = rejected(set(outcome, OutcomeStatus.AT_RISK, OWNER, "x".repeat(Outcomes.MAX_NOTE + 1), 1));
        Rejected control = rejected(set(outcome, OutcomeStatus.AT_RISK, OWNER, "late\u0007", 1));

        assertThat(tooLong.reason()).isEqualTo(Reason.INVALID);
        assertThat(tooLong.field()).isEqualTo("note");
        assertThat(control.field()).isEqualTo("note");
        assertThat(set(outcome, OutcomeStatus.AT_RISK, OWNER, "x".repeat(Outcomes.MAX_NOTE - 5) + "\nlate", 1))
                .isInstanceOf(Applied.class);
    }

    @Test
    void anUpdateOfTheSameStatusWithANoteKeepsTheTimeTheStatusBegan() {
        Outcome outcome = stored(OutcomeStatus.ON_TRACK);

        Applied update = (Applied) set(outcome, OutcomeStatus.ON_TRACK, OWNER, "first pilot went live", 1);

        assertThat(update.outcome().statusSince()).isEqualTo(CREATED);
        assertThat(update.outcome().version()).isEqualTo(2);
    }

    private static Outcome withPresence(Outcome o, Presence presence) {
        return new Outcome(o.id(), o.pageId(), o.macroId(), o.spaceKey(), o.title(), o.ownerKey(), o.due(), o.measure(),
                o.status(), o.version(), presence, o.createdAt(), o.statusSince());
    }
}
