package io.followthrough.core.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.core.commitment.MoveOutcome.Applied;
import io.followthrough.core.commitment.MoveOutcome.Reason;
import io.followthrough.core.commitment.MoveOutcome.Rejected;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (state, move, actor) combination of people's moves. The expected table is written out
 * here independently of the production table, so a wrong row in either fails.
 */
class CommitmentRulesTest {
    static final String OWNER = "k-owner";
    static final String REQUESTER = "k-requester";
    static final String BYSTANDER = "k-bystander";
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final LocalDate DUE = LocalDate.of(2026, 12, 1);
    static final LocalDate COUNTER_DATE = LocalDate.of(2026, 12, 15);

    /** The DESIGN §5.4 table: state and move → who may make it and where it leads. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("REQUESTED ACCEPT", "owner ACCEPTED"),
            Map.entry("REQUESTED DECLINE", "owner DECLINED"),
            Map.entry("REQUESTED COUNTER", "owner COUNTERED"),
            Map.entry("REQUESTED WITHDRAW", "requester WITHDRAWN"),
            Map.entry("COUNTERED WITHDRAW", "requester WITHDRAWN"),
            Map.entry("OFFERED ACCEPT_OFFER", "requester ACCEPTED"),
            Map.entry("OFFERED DECLINE_OFFER", "requester DECLINED"),
            Map.entry("OFFERED WITHDRAW", "owner WITHDRAWN"),
            Map.entry("COUNTERED ACCEPT_COUNTER", "requester ACCEPTED"),
            Map.entry("COUNTERED REJECT_COUNTER", "requester REQUESTED"),
            Map.entry("ACCEPTED MARK_DONE", "owner DONE"),
            Map.entry("ACCEPTED RELEASE", "owner RELEASED"),
            Map.entry("ACCEPTED CANCEL", "requester CANCELLED"),
            Map.entry("DONE CANCEL", "requester CANCELLED"),
            Map.entry("DONE ACKNOWLEDGE", "requester SATISFIED"),
            Map.entry("DONE REOPEN", "requester ACCEPTED"));

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (State state : State.values()) {
            for (Move move : Move.values()) {
                if (!move.isSystem()) {
                    for (String actor : List.of(OWNER, REQUESTER, BYSTANDER)) {
                        all.add(Arguments.of(state, move, actor));
                    }
                }
            }
        }
        return all.stream();
    }

    static ActionItem itemIn(State state) {
        Terms terms = new Terms(OWNER, REQUESTER, "hash", "Ship it", Optional.of(DUE));
        Kind kind = state == State.OFFERED ? Kind.OFFER : Kind.REQUEST;
        return new ActionItem(0, 10, "m-1", "DEMO", kind, terms, Optional.empty(), state, 1, 1, Optional.empty(),
                state == State.COUNTERED ? Optional.of(COUNTER_DATE) : Optional.empty(), Presence.LIVE,
                NOW.minusSeconds(3600), NOW.minusSeconds(3600));
    }

    @ParameterizedTest(name = "{1} by {2} when {0}")
    @MethodSource("everyCombination")
    void eachMoveIsAllowedOnlyToItsActorInItsStates(State state, Move move, String actor) {
        InMemoryActionItemStore store = new InMemoryActionItemStore();
        ActionItem item = store.create(itemIn(state), created(state));
        Commitments commitments = new Commitments(store, store, Clock.fixed(NOW, ZoneOffset.UTC));

        MoveOutcome outcome = commitments.move(new MoveRequest(item.id(), move, actor, "because", Optional.of(COUNTER_DATE), 1));

        String expected = expectation(state, move, actor);
        if (expected.startsWith("to ")) {
            assertThat(outcome).as(state + " " + move + " by " + actor).isInstanceOf(Applied.class);
            Applied applied = (Applied) outcome;
            State to = State.valueOf(expected.substring(3));
            assertThat(applied.item().state()).isEqualTo(to);
            assertThat(applied.item().version()).isEqualTo(2);
            assertThat(store.history(item.id())).last().satisfies(event -> {
                assertThat(event.move()).isEqualTo(move);
                assertThat(event.actorKey()).contains(actor);
                assertThat(event.from()).isEqualTo(state);
                assertThat(event.to()).isEqualTo(to);
                assertThat(event.note()).isEqualTo("because");
                assertThat(event.at()).isEqualTo(NOW);
                assertThat(event.termsVersion()).isEqualTo(1);
                assertThat(event.sequence()).isEqualTo(2);
            });
        } else {
            assertThat(outcome).as(state + " " + move + " by " + actor).isInstanceOf(Rejected.class);
            assertThat(((Rejected) outcome).reason()).isEqualTo(Reason.valueOf(expected));
            assertThat(((Rejected) outcome).detail()).isNotBlank();
            assertThat(store.history(item.id())).hasSize(1);
            assertThat(store.byId(item.id()).orElseThrow().state()).isEqualTo(state);
        }
    }

    private static String expectation(State state, Move move, String actor) {
        if (move == Move.COMMENT) {
            return "to " + state;
        }
        String row = ALLOWED.get(state + " " + move);
        if (row == null) {
            return "NOT_ALLOWED";
        }
        String who = row.split(" ")[0];
        boolean mine = who.equals("owner") ? actor.equals(OWNER) : actor.equals(REQUESTER);
        return mine ? "to " + row.split(" ")[1] : "NOT_YOUR_MOVE";
    }

    private static ItemEvent created(State state) {
        return new ItemEvent(0, 1, NOW.minusSeconds(3600), Optional.empty(), Move.CREATED, state, state, "", 1,
                Optional.of(DUE), List.of());
    }
}
