package io.followthrough.core.report;

import static io.followthrough.core.commitment.Move.ACCEPT;
import static io.followthrough.core.commitment.Move.ACCEPT_COUNTER;
import static io.followthrough.core.commitment.Move.ACCEPT_OFFER;
import static io.followthrough.core.commitment.Move.ACKNOWLEDGE;
import static io.followthrough.core.commitment.Move.CANCEL;
import static io.followthrough.core.commitment.Move.COMMENT;
import static io.followthrough.core.commitment.Move.COUNTER;
import static io.followthrough.core.commitment.Move.DECLINE;
import static io.followthrough.core.commitment.Move.DECLINE_OFFER;
import static io.followthrough.core.commitment.Move.MARK_DONE;
import static io.followthrough.core.commitment.Move.OWNER_CHANGED;
import static io.followthrough.core.commitment.Move.REAPPEARED;
import static io.followthrough.core.commitment.Move.REJECT_COUNTER;
import static io.followthrough.core.commitment.Move.REMOVED;
import static io.followthrough.core.commitment.Move.REOPEN;
import static io.followthrough.core.commitment.Move.TERMS_CHANGED;
import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.core.commitment.ItemEvent;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each metric's definition, edge cases included; histories use fixed instants, so no clock is read. */
class MetricsTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final String MONDAY_9 = "2026-03-02T09:00:00Z";

    @Nested
    class TimeToAnswer {
        @Test
        void runsFromCreationToTheOwnersAcceptance() {
            List<ItemEvent> h = History.request(MONDAY_9, "2026-03-20").then(ACCEPT, "2026-03-02T15:30:00Z", "2026-03-20").events();

            assertThat(Metrics.timeToAnswer(h)).contains(Duration.ofHours(6).plusMinutes(30));
        }

        @Test
        void aDeclineAndACounterAreAnswersToo() {
            assertThat(Metrics.timeToAnswer(History.request(MONDAY_9, null)
                    .then(DECLINE, "2026-03-03T09:00:00Z").events())).contains(Duration.ofDays(1));
            assertThat(Metrics.timeToAnswer(History.request(MONDAY_9, null)
                    .then(COUNTER, "2026-03-02T10:00:00Z", "2026-04-01").events())).contains(Duration.ofHours(1));
        }

        @Test
        void aRejectedCounterIsNoNewRequestSoTheCounterStaysTheAnswer() {
            List<ItemEvent> h = History.request(MONDAY_9, "2026-03-20")
                    .then(COUNTER, "2026-03-02T10:00:00Z", "2026-04-01")
                    .then(REJECT_COUNTER, "2026-03-03T10:00:00Z")
                    .then(ACCEPT, "2026-03-05T10:00:00Z", "2026-03-20").events();

            assertThat(Metrics.timeToAnswer(h)).contains(Duration.ofHours(1));
        }

        @Test
        void changedTermsAskAgainAndTheClockRestartsFromTheChange() {
            List<ItemEvent> h = History.request(MONDAY_9, "2026-03-20")
                    .then(ACCEPT, "2026-03-02T10:00:00Z", "2026-03-20")
                    .termsChanged(TERMS_CHANGED, "2026-03-04T09:00:00Z", "2026-03-27")
                    .then(ACCEPT, "2026-03-04T13:00:00Z", "2026-03-27").events();

            assertThat(Metrics.timeToAnswer(h)).contains(Duration.ofHours(4));
        }

        @Test
        void whileNewTermsAreUnansweredTheLastAnsweredRequestCounts() {
            List<ItemEvent> h = History.request(MONDAY_9, "2026-03-20")
                    .then(ACCEPT, "2026-03-02T11:00:00Z", "2026-03-20")
                    .termsChanged(OWNER_CHANGED, "2026-03-04T09:00:00Z", "2026-03-20").events();

            assertThat(Metrics.timeToAnswer(h)).contains(Duration.ofHours(2));
        }

        @Test
        void anOfferIsAnsweredByTheRequester() {
            List<ItemEvent> h = History.offer(MONDAY_9, null).then(ACCEPT_OFFER, "2026-03-02T09:45:00Z").events();

            assertThat(Metrics.timeToAnswer(h)).contains(Duration.ofMinutes(45));
        }

        @Test
        void anUnansweredItemHasNoTimeToAnswerEvenWhenCommentedOrRemoved() {
            List<ItemEvent> h = History.request(MONDAY_9, "2026-03-20").then(COMMENT, "2026-03-03T09:00:00Z")
                    .presence(REMOVED, "2026-03-04T09:00:00Z").events();

            assertThat(Metrics.timeToAnswer(h)).isEmpty();
        }

        @Test
        void anItemRemovedAfterItsAnswerKeepsItsTimeToAnswer() {
            List<ItemEvent> h = History.request(MONDAY_9, null).then(ACCEPT, "2026-03-02T12:00:00Z")
                    .presence(REMOVED, "2026-03-05T09:00:00Z").events();

            assertThat(Metrics.timeToAnswer(h)).contains(Duration.ofHours(3));
        }
    }

    @Nested
    class TimeToAcknowledge {
        @Test
        void runsFromDeliveryToAcknowledgement() {
            List<ItemEvent> h = History.request(MONDAY_9, null).then(ACCEPT, "2026-03-02T10:00:00Z")
                    .then(MARK_DONE, "2026-03-05T10:00:00Z").then(ACKNOWLEDGE, "2026-03-06T16:00:00Z").events();

            assertThat(Metrics.timeToAcknowledge(h)).contains(Duration.ofHours(30));
        }

        @Test
        void aReopenedDeliveryDoesNotCountOnlyTheOneAcknowledged() {
            List<ItemEvent> h = History.request(MONDAY_9, null).then(ACCEPT, "2026-03-02T10:00:00Z")
                    .then(MARK_DONE, "2026-03-03T10:00:00Z").then(REOPEN, "2026-03-04T10:00:00Z")
                    .then(MARK_DONE, "2026-03-09T10:00:00Z").then(ACKNOWLEDGE, "2026-03-09T12:00:00Z").events();

            assertThat(Metrics.timeToAcknowledge(h)).contains(Duration.ofHours(2));
        }

        @Test
        void aDeliveryNotYetAcknowledgedHasNone() {
            List<ItemEvent> h = History.request(MONDAY_9, null).then(ACCEPT, "2026-03-02T10:00:00Z")
                    .then(MARK_DONE, "2026-03-03T10:00:00Z").events();

            assertThat(Metrics.timeToAcknowledge(h)).isEmpty();
        }
    }

    @Nested
    class OnTime {
        /** Accepted for the 10th, renegotiated to the 20th, delivered on the 15th. */
        private final List<ItemEvent> renegotiated = History.request(MONDAY_9, "2026-03-10")
                .then(ACCEPT, "2026-03-02T10:00:00Z", "2026-03-10")
                .termsChanged(TERMS_CHANGED, "2026-03-06T09:00:00Z", "2026-03-20")
                .then(ACCEPT, "2026-03-06T10:00:00Z", "2026-03-20")
                .then(MARK_DONE, "2026-03-15T10:00:00Z").events();

        @Test
        void isLateAgainstTheOriginalDateButOnTimeAgainstTheLastAgreedOne() {
            assertThat(Metrics.deliveredOnTime(renegotiated, AgreedDate.ORIGINAL, UTC)).contains(false);
            assertThat(Metrics.deliveredOnTime(renegotiated, AgreedDate.LAST, UTC)).contains(true);
        }

        @Test
        void anAcceptedCounterIsTheFirstAgreementWhenItCameBeforeAnyAcceptance() {
            List<ItemEvent> h = History.request(MONDAY_9, "2026-03-10")
                    .then(COUNTER, "2026-03-02T10:00:00Z", "2026-03-16")
                    .then(ACCEPT_COUNTER, "2026-03-02T11:00:00Z", "2026-03-16")
                    .then(MARK_DONE, "2026-03-16T17:00:00Z").events();

            assertThat(Metrics.deliveredOnTime(h, AgreedDate.ORIGINAL, UTC)).contains(true);
        }

        @Test
        void deliveryOnTheAgreedDayIsOnTimeInTheReportsZoneNotInUtc() {
            List<ItemEvent> h = History.request(MONDAY_9, "2026-03-10").then(ACCEPT, "2026-03-02T10:00:00Z", "2026-03-10")
                    .then(MARK_DONE, "2026-03-10T23:30:00Z").events();

            assertThat(Metrics.deliveredOnTime(h, AgreedDate.LAST, UTC)).contains(true);
            assertThat(Metrics.deliveredOnTime(h, AgreedDate.LAST, ZoneId.of("Europe/Berlin"))).contains(false);
        }

        @Test
        void anItemAgreedWithoutADueDateIsNotCounted() {
            List<ItemEvent> h = History.request(MONDAY_9, null).then(ACCEPT, "2026-03-02T10:00:00Z")
                    .then(MARK_DONE, "2026-03-10T10:00:00Z").then(ACKNOWLEDGE, "2026-03-11T10:00:00Z").events();

            assertThat(Metrics.deliveredOnTime(h, AgreedDate.ORIGINAL, UTC)).isEmpty();
            assertThat(Metrics.deliveredOnTime(h, AgreedDate.LAST, UTC)).isEmpty();
        }

        @Test
        void aReopenedItemCountsOnlyOnceDeliveredAgainAndThenByItsNewDelivery() {
            History h = History.request(MONDAY_9, "2026-03-10").then(ACCEPT, "2026-03-02T10:00:00Z", "2026-03-10")
                    .then(MARK_DONE, "2026-03-09T10:00:00Z").then(REOPEN, "2026-03-09T12:00:00Z");
            assertThat(Metrics.deliveredOnTime(h.events(), AgreedDate.LAST, UTC)).as("reopened, not delivered").isEmpty();

            h.then(MARK_DONE, "2026-03-12T10:00:00Z");
            assertThat(Metrics.deliveredOnTime(h.events(), AgreedDate.LAST, UTC)).contains(false);
        }

        @Test
        void aCancelledDeliveryOrOneUndoneByNewTermsIsNotDelivered() {
            List<ItemEvent> cancelled = History.request(MONDAY_9, "2026-03-10").then(ACCEPT, "2026-03-02T10:00:00Z", "2026-03-10")
                    .then(MARK_DONE, "2026-03-09T10:00:00Z").then(CANCEL, "2026-03-09T11:00:00Z").events();
            List<ItemEvent> newTerms = History.request(MONDAY_9, "2026-03-10").then(ACCEPT, "2026-03-02T10:00:00Z", "2026-03-10")
                    .then(MARK_DONE, "2026-03-09T10:00:00Z").then(ACKNOWLEDGE, "2026-03-09T11:00:00Z")
                    .termsChanged(TERMS_CHANGED, "2026-03-12T10:00:00Z", "2026-03-30").events();

            assertThat(Metrics.deliveredOnTime(cancelled, AgreedDate.LAST, UTC)).isEmpty();
            assertThat(Metrics.deliveredOnTime(newTerms, AgreedDate.LAST, UTC)).isEmpty();
        }

        @Test
        void anItemRemovedFromItsPageAfterDeliveryStillCounts() {
            List<ItemEvent> h = History.request(MONDAY_9, "2026-03-10").then(ACCEPT, "2026-03-02T10:00:00Z", "2026-03-10")
                    .then(MARK_DONE, "2026-03-09T10:00:00Z").presence(REMOVED, "2026-03-10T10:00:00Z")
                    .presence(REAPPEARED, "2026-03-11T10:00:00Z").presence(REMOVED, "2026-03-12T10:00:00Z").events();

            assertThat(Metrics.deliveredOnTime(h, AgreedDate.ORIGINAL, UTC)).contains(true);
        }

        @Test
        void theRateCountsOnlyDeliveredItemsWithADate() {
            List<ItemEvent> onTime = History.request(MONDAY_9, "2026-03-10").then(ACCEPT, "2026-03-02T10:00:00Z", "2026-03-10")
                    .then(MARK_DONE, "2026-03-09T10:00:00Z").events();
            List<ItemEvent> open = History.request(MONDAY_9, "2026-03-10").then(ACCEPT, "2026-03-02T10:00:00Z", "2026-03-10").events();
            List<ItemEvent> undated = History.request(MONDAY_9, null).then(ACCEPT, "2026-03-02T10:00:00Z")
                    .then(MARK_DONE, "2026-03-09T10:00:00Z").events();

            assertThat(Metrics.onTimeRate(List.of(renegotiated, onTime, open, undated), AgreedDate.ORIGINAL, UTC))
                    .isEqualTo(new Rate(1, 2));
            assertThat(Metrics.onTimeRate(List.of(renegotiated, onTime, open, undated), AgreedDate.LAST, UTC))
                    .isEqualTo(new Rate(2, 2));
            assertThat(Metrics.onTimeRate(List.of(open), AgreedDate.LAST, UTC).share()).isEmpty();
        }
    }

    @Nested
    class Rates {
        private final List<ItemEvent> declined = History.request(MONDAY_9, null).then(DECLINE, "2026-03-02T10:00:00Z").events();
        private final List<ItemEvent> offerDeclined = History.offer(MONDAY_9, null).then(DECLINE_OFFER, "2026-03-02T10:00:00Z").events();
        private final List<ItemEvent> accepted = History.request(MONDAY_9, null).then(ACCEPT, "2026-03-02T10:00:00Z").events();
        private final List<ItemEvent> countered = History.request(MONDAY_9, "2026-03-10")
                .then(COUNTER, "2026-03-02T10:00:00Z", "2026-03-20").then(ACCEPT_COUNTER, "2026-03-02T11:00:00Z", "2026-03-20").events();
        private final List<ItemEvent> changedAfterAcceptance = History.request(MONDAY_9, "2026-03-10")
                .then(ACCEPT, "2026-03-02T10:00:00Z", "2026-03-10")
                .termsChanged(TERMS_CHANGED, "2026-03-03T10:00:00Z", "2026-03-12").events();
        private final List<ItemEvent> changedBeforeAnswer = History.request(MONDAY_9, "2026-03-10")
                .termsChanged(TERMS_CHANGED, "2026-03-02T09:30:00Z", "2026-03-12")
                .then(ACCEPT, "2026-03-02T10:00:00Z", "2026-03-12").events();
        private final List<ItemEvent> unanswered = History.request(MONDAY_9, null).events();

        @Test
        void declineRateIsTheShareOfAnsweredItemsEverDeclined() {
            assertThat(Metrics.declineRate(List.of(declined, offerDeclined, accepted, countered, unanswered)))
                    .isEqualTo(new Rate(2, 4));
        }

        @Test
        void aDeclinedItemWhoseTermsChangedAndWasAcceptedStillCountsAsDeclined() {
            List<ItemEvent> h = History.request(MONDAY_9, null).then(DECLINE, "2026-03-02T10:00:00Z")
                    .termsChanged(TERMS_CHANGED, "2026-03-03T10:00:00Z", "2026-03-12")
                    .then(ACCEPT, "2026-03-03T11:00:00Z", "2026-03-12").events();

            assertThat(Metrics.declineRate(List.of(h))).isEqualTo(new Rate(1, 1));
        }

        @Test
        void renegotiationCountsCountersAndChangesAfterAgreementNotChangesBeforeIt() {
            assertThat(Metrics.renegotiationRate(List.of(countered, changedAfterAcceptance, changedBeforeAnswer, accepted, unanswered)))
                    .isEqualTo(new Rate(2, 4));
        }

        @Test
        void noAnsweredItemsMeansNoRateRatherThanZero() {
            assertThat(Metrics.declineRate(List.of(unanswered)).share()).isEmpty();
            assertThat(Metrics.renegotiationRate(List.of()).percent()).isEmpty();
        }
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Metrics.median(List.of(Duration.ofHours(5), Duration.ofHours(1), Duration.ofHours(3)))).contains(Duration.ofHours(3));
        assertThat(Metrics.median(List.of(Duration.ofHours(4), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(10))))
                .contains(Duration.ofHours(3));
        assertThat(Metrics.median(List.of())).isEmpty();
    }
}
