package io.followthrough.confluence.store;

import io.followthrough.core.commitment.Presence;
import io.followthrough.core.outcome.Outcome;
import io.followthrough.core.outcome.OutcomeEvent;
import io.followthrough.core.outcome.OutcomeStatus;
import io.followthrough.core.purpose.PagePurpose;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Outcomes, their events and purposes for the store's tests, built with the records' public constructors. */
final class OutcomeExamples {

    /** Nanoseconds included: the store must keep instants exactly. */
    static final Instant CREATED = Instant.parse("2026-11-22T09:15:30.123456789Z");

    private OutcomeExamples() {
    }

    /** A fresh outcome as page sync creates it, at version 1. */
    static Outcome planned(long pageId, String macroId) {
        return new Outcome(0, pageId, macroId, "DEV", "Outcome " + macroId, Optional.of("owner-" + macroId),
                Optional.of(LocalDate.of(2026, 12, 1)), "measured by " + macroId, OutcomeStatus.PLANNED, 1, Presence.LIVE,
                CREATED, CREATED);
    }

    static OutcomeEvent created(Outcome outcome) {
        return new OutcomeEvent(outcome.id(), outcome.version(), outcome.createdAt(), Optional.empty(), OutcomeEvent.Kind.CREATED,
                outcome.status(), outcome.status(), "", "", "");
    }

    /** Its owner's update to {@code to}, made against the outcome's current version. */
    static OutcomeEvent statusSet(Outcome outcome, String actorKey, OutcomeStatus to) {
        Instant at = outcome.statusSince().plus(Duration.ofMinutes(outcome.version()));
        return new OutcomeEvent(outcome.id(), outcome.version() + 1, at, Optional.of(actorKey), OutcomeEvent.Kind.STATUS_SET,
                outcome.status(), to, "on the way", "", "");
    }

    /** {@code outcome} as the last of the events leaves it. */
    static Outcome after(Outcome outcome, List<OutcomeEvent> events) {
        OutcomeEvent last = events.get(events.size() - 1);
        return new Outcome(outcome.id(), outcome.pageId(), outcome.macroId(), outcome.spaceKey(), outcome.title(),
                outcome.ownerKey(), outcome.due(), outcome.measure(), last.to(), last.sequence(), outcome.presence(),
                outcome.createdAt(), last.to() == outcome.status() ? outcome.statusSince() : last.at());
    }

    static PagePurpose purpose(long pageId) {
        return new PagePurpose(0, pageId, "p-" + pageId, "DEV", Optional.of("sponsor-" + pageId),
                Optional.of(LocalDate.of(2027, 6, 30)), Optional.of(LocalDate.of(2027, 1, 15)), Presence.LIVE);
    }
}
