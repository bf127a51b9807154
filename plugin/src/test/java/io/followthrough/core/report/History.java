package io.followthrough.core.report;

import io.followthrough.core.commitment.ItemEvent;
import io.followthrough.core.commitment.Kind;
import io.followthrough.core.commitment.Move;
import io.followthrough.core.commitment.State;
import io.followthrough.core.commitment.Transitions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds an item's history move by move, following the state table, for metric and report tests. */
final class History {
    private final long itemId;
    private final List<ItemEvent> events = new ArrayList<>();
    private State state;

    private History(long itemId, Kind kind, String at, String due) {
        this.itemId = itemId;
        this.state = kind.openingState();
        add(Move.CREATED, state, at, due);
    }

    /** A request created at {@code at} (an ISO instant) asking for {@code due} (a day, or null). */
    static History request(String at, String due) {
        return new History(1, Kind.REQUEST, at, due);
    }

    static History request(long itemId, String at, String due) {
        return new History(itemId, Kind.REQUEST, at, due);
    }

    static History offer(String at, String due) {
        return new History(1, Kind.OFFER, at, due);
    }

    /** A person's move; its date is what accepts and counters carry (null for none). */
    History then(Move move, String at, String date) {
        State to = Transitions.rule(state, move)
                .orElseThrow(() -> new IllegalArgumentException(move + " is not possible in " + state)).to();
        add(move, to, at, date);
        return this;
    }

    History then(Move move, String at) {
        return then(move, at, null);
    }

    /** The page changed the terms (or owner): the item is a new request again. */
    History termsChanged(Move move, String at, String due) {
        add(move, State.REQUESTED, at, due);
        return this;
    }

    /** The macro left the page (or came back): presence changes, state does not. */
    History presence(Move move, String at) {
        add(move, state, at, null);
        return this;
    }

    List<ItemEvent> events() {
        return List.copyOf(events);
    }

    private void add(Move move, State to, String at, String date) {
        events.add(new ItemEvent(itemId, events.size() + 1, Instant.parse(at), Optional.empty(), move, state, to, "", 1,
                Optional.ofNullable(date).map(LocalDate::parse), List.of()));
        state = to;
    }
}
