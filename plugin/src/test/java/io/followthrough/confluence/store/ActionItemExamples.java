package io.followthrough.confluence.store;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.ItemEvent;
import io.followthrough.core.commitment.Kind;
import io.followthrough.core.commitment.Move;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.commitment.State;
import io.followthrough.core.commitment.Terms;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Action items and events for the store's tests, built with the records' public constructors. */
final class ActionItemExamples {

    /** Nanoseconds included: the store must keep instants exactly. */
    static final Instant CREATED = Instant.parse("2026-11-22T09:15:30.123456789Z");

    private ActionItemExamples() {
    }

    /** A fresh request as page sync creates it, at version 1. */
    static ActionItem request(long pageId, String macroId) {
        Terms terms = new Terms("owner-" + macroId, "requester-" + macroId, "hash-" + macroId, "Write the notes for " + macroId,
                Optional.of(LocalDate.of(2026, 12, 1)));
        return new ActionItem(0, pageId, macroId, "DEV", Kind.REQUEST, terms, Optional.empty(), State.REQUESTED, 1, 1,
                Optional.empty(), Optional.empty(), Presence.LIVE, CREATED, CREATED);
    }

    /** The event that records an item's creation. */
    static ItemEvent created(ActionItem item) {
        return new ItemEvent(item.id(), item.version(), item.createdAt(), Optional.empty(), Move.CREATED, item.state(),
                item.state(), "", item.termsVersion(), item.terms().due(), List.of());
    }

    /** The stored item after its owner accepted it, and the event that says so. */
    static ItemEvent accept(ActionItem item, String actorKey) {
        Instant at = item.stateSince().plus(Duration.ofMinutes(item.version()));
        return new ItemEvent(item.id(), item.version() + 1, at, Optional.of(actorKey), Move.ACCEPT, item.state(), State.ACCEPTED,
                "", item.termsVersion(), item.terms().due(), List.of());
    }

    /** {@code item} as the event leaves it: new state and version, agreed to its due date. */
    static ActionItem after(ActionItem item, ItemEvent event) {
        return new ActionItem(item.id(), item.pageId(), item.macroId(), item.spaceKey(), item.kind(), item.terms(),
                item.outcome(), event.to(), event.sequence(), item.termsVersion(), event.date(), Optional.empty(),
                item.presence(), item.createdAt(), event.at());
    }

    static ActionItem withPresence(ActionItem item, Presence presence) {
        return new ActionItem(item.id(), item.pageId(), item.macroId(), item.spaceKey(), item.kind(), item.terms(),
                item.outcome(), item.state(), item.version(), item.termsVersion(), item.agreedDue(), item.counterDue(),
                presence, item.createdAt(), item.stateSince());
    }
}
