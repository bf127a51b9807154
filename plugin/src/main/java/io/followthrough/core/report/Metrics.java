package io.followthrough.core.report;

import static io.followthrough.core.commitment.Move.ACCEPT;
import static io.followthrough.core.commitment.Move.ACCEPT_COUNTER;
import static io.followthrough.core.commitment.Move.ACCEPT_OFFER;
import static io.followthrough.core.commitment.Move.ACKNOWLEDGE;
import static io.followthrough.core.commitment.Move.COUNTER;
import static io.followthrough.core.commitment.Move.CREATED;
import static io.followthrough.core.commitment.Move.DECLINE;
import static io.followthrough.core.commitment.Move.DECLINE_OFFER;
import static io.followthrough.core.commitment.Move.MARK_DONE;
import static io.followthrough.core.commitment.Move.OWNER_CHANGED;
import static io.followthrough.core.commitment.Move.TERMS_CHANGED;

import io.followthrough.core.commitment.ItemEvent;
import io.followthrough.core.commitment.Move;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The report's metric definitions, one function each. Every function reads an item's history
 * (its events oldest first) and nothing else, so a metric means the same in the report, the REST
 * API and the macros. Items removed from their page keep their history and count like any other:
 * what was promised and delivered stays true after the macro is gone.
 */
public final class Metrics {
    /** Moves that ask the owner anew: the item appeared, or its terms or owner changed. */
    private static final Set<Move> OPENINGS = EnumSet.of(CREATED, TERMS_CHANGED, OWNER_CHANGED);
    /** Answers to a request (by the owner) or to an offer (by the requester). */
    private static final Set<Move> ANSWERS = EnumSet.of(ACCEPT, DECLINE, COUNTER, ACCEPT_OFFER, DECLINE_OFFER);
    /** Moves after which both parties agree on the terms and, if one was set, the date. */
    private static final Set<Move> AGREEMENTS = EnumSet.of(ACCEPT, ACCEPT_OFFER, ACCEPT_COUNTER);
    private static final Set<Move> DECLINES = EnumSet.of(DECLINE, DECLINE_OFFER);

    private Metrics() {
    }

    /**
     * Time to answer: from the moment the item asked for an answer (its creation, or the latest
     * change of its terms or owner before the answer) to the first answer that followed: the
     * owner's accept, decline or counter (for an offer, the requester's accept or decline). When
     * the latest request is still unanswered, the latest request that was answered counts; an item
     * never answered has no time to answer. A rejected counter is not a new request: the counter
     * was the answer.
     */
    public static Optional<Duration> timeToAnswer(List<ItemEvent> history) {
        Optional<Duration> latest = Optional.empty();
        Instant askedAt = null;
        for (ItemEvent event : history) {
            if (OPENINGS.contains(event.move())) {
                askedAt = event.at();
            } else if (askedAt != null && ANSWERS.contains(event.move())) {
                latest = Optional.of(Duration.between(askedAt, event.at()));
                askedAt = null;
            }
        }
        return latest;
    }

    /**
     * Time to acknowledge: from the delivery (mark done) that the requester's latest
     * acknowledgement accepted, to that acknowledgement. A delivery that was reopened does not
     * count; the time runs from the delivery made after the reopening. Items never acknowledged
     * have none.
     */
    public static Optional<Duration> timeToAcknowledge(List<ItemEvent> history) {
        Optional<Duration> latest = Optional.empty();
        Instant deliveredAt = null;
        for (ItemEvent event : history) {
            if (event.move() == MARK_DONE) {
                deliveredAt = event.at();
            } else if (event.move() == ACKNOWLEDGE && deliveredAt != null) {
                latest = Optional.of(Duration.between(deliveredAt, event.at()));
                deliveredAt = null;
            }
        }
        return latest;
    }

    /**
     * Whether the item was delivered on time. Delivered: the latest move that changed the item's
     * state was mark done or acknowledge, so a delivery later reopened, cancelled or undone by new
     * terms does not count. On time: the day of the latest mark done, in the given zone, is on or
     * before the agreed date. {@link AgreedDate#ORIGINAL} is the date of the item's first agreement
     * (accept, accept offer or accept counter), {@link AgreedDate#LAST} the date of the last
     * agreement before the delivery. Empty when the item is not delivered or that agreement
     * carried no date: nothing was promised by a day.
     */
    public static Optional<Boolean> deliveredOnTime(List<ItemEvent> history, AgreedDate against, ZoneId zone) {
        int delivery = lastIndex(history, e -> e.move() == MARK_DONE);
        int lastChange = lastIndex(history, e -> e.from() != e.to());
        if (delivery < 0 || lastChange < 0 || !isDelivery(history.get(lastChange).move())) {
            return Optional.empty();
        }
        List<ItemEvent> beforeDelivery = history.subList(0, delivery);
        int agreement = against == AgreedDate.ORIGINAL
                ? firstIndex(beforeDelivery, e -> AGREEMENTS.contains(e.move()))
                : lastIndex(beforeDelivery, e -> AGREEMENTS.contains(e.move()));
        if (agreement < 0) {
            return Optional.empty();
        }
        LocalDate deliveredOn = history.get(delivery).at().atZone(zone).toLocalDate();
        return history.get(agreement).date().map(agreed -> !deliveredOn.isAfter(agreed));
    }

    /** On-time rate: of the delivered items with an agreed date, the share delivered on time (see {@link #deliveredOnTime}). */
    public static Rate onTimeRate(Collection<List<ItemEvent>> histories, AgreedDate against, ZoneId zone) {
        int onTime = 0;
        int counted = 0;
        for (List<ItemEvent> history : histories) {
            Optional<Boolean> result = deliveredOnTime(history, against, zone);
            if (result.isPresent()) {
                counted++;
                onTime += result.get() ? 1 : 0;
            }
        }
        return new Rate(onTime, counted);
    }

    /**
     * Decline rate: of the items that were answered at least once (see {@link #timeToAnswer}), the
     * share that were declined at least once (decline, or for an offer decline offer).
     */
    public static Rate declineRate(Collection<List<ItemEvent>> histories) {
        return shareOfAnswered(histories, Metrics::wasDeclined);
    }

    /**
     * Renegotiation rate: of the items that were answered at least once, the share whose terms
     * were negotiated again: the owner countered, or the terms or the owner changed after the
     * parties had agreed.
     */
    public static Rate renegotiationRate(Collection<List<ItemEvent>> histories) {
        return shareOfAnswered(histories, Metrics::wasRenegotiated);
    }

    /** The median; for an even number of values the mean of the middle two. Empty for no values. */
    public static Optional<Duration> median(Collection<Duration> durations) {
        List<Duration> sorted = durations.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int middle = sorted.size() / 2;
        return Optional.of(sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2));
    }

    /** Whether the item was answered at least once (see {@link #timeToAnswer}): the base of the decline and renegotiation rates. */
    public static boolean wasAnswered(List<ItemEvent> history) {
        return history.stream().anyMatch(e -> ANSWERS.contains(e.move()));
    }

    /** Whether the item was declined at least once (decline, or for an offer decline offer). */
    public static boolean wasDeclined(List<ItemEvent> history) {
        return history.stream().anyMatch(e -> DECLINES.contains(e.move()));
    }

    /** Whether the owner countered, or the terms or owner changed after the parties had agreed. */
    public static boolean wasRenegotiated(List<ItemEvent> history) {
        boolean agreed = false;
        for (ItemEvent event : history) {
            if (event.move() == COUNTER || agreed && (event.move() == TERMS_CHANGED || event.move() == OWNER_CHANGED)) {
                return true;
            }
            agreed |= AGREEMENTS.contains(event.move());
        }
        return false;
    }

    private static Rate shareOfAnswered(Collection<List<ItemEvent>> histories, Predicate<List<ItemEvent>> counted) {
        int answered = 0;
        int matching = 0;
        for (List<ItemEvent> history : histories) {
            if (wasAnswered(history)) {
                answered++;
                matching += counted.test(history) ? 1 : 0;
            }
        }
        return new Rate(matching, answered);
    }

    private static boolean isDelivery(Move move) {
        return move == MARK_DONE || move == ACKNOWLEDGE;
    }

    private static int firstIndex(List<ItemEvent> history, Predicate<ItemEvent> test) {
        for (int i = 0; i < history.size(); i++) {
            if (test.test(history.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndex(List<ItemEvent> history, Predicate<ItemEvent> test) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (test.test(history.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
