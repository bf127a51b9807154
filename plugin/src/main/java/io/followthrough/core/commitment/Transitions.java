package io.followthrough.core.commitment;

import static io.followthrough.core.commitment.Move.ACCEPT;
import static io.followthrough.core.commitment.Move.ACCEPT_COUNTER;
import static io.followthrough.core.commitment.Move.ACCEPT_OFFER;
import static io.followthrough.core.commitment.Move.ACKNOWLEDGE;
import static io.followthrough.core.commitment.Move.CANCEL;
import static io.followthrough.core.commitment.Move.COUNTER;
import static io.followthrough.core.commitment.Move.DECLINE;
import static io.followthrough.core.commitment.Move.DECLINE_OFFER;
import static io.followthrough.core.commitment.Move.MARK_DONE;
import static io.followthrough.core.commitment.Move.REJECT_COUNTER;
import static io.followthrough.core.commitment.Move.RELEASE;
import static io.followthrough.core.commitment.Move.REOPEN;
import static io.followthrough.core.commitment.Move.WITHDRAW;
import static io.followthrough.core.commitment.Role.OWNER;
import static io.followthrough.core.commitment.Role.REQUESTER;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The table of people's moves (DESIGN §5.4): from which state, by whom, to which state, needing what. */
public final class Transitions {
    /** What a move must carry besides its name. */
    public enum Needs { NOTHING, REASON, DATE_OR_NOTE, NOTE }

    /** One row of the table. */
    public record Rule(State from, Move move, Role actor, State to, Needs needs) {
    }

    static final List<Rule> RULES = List.of(
            new Rule(State.REQUESTED, ACCEPT, OWNER, State.ACCEPTED, Needs.NOTHING),
            new Rule(State.REQUESTED, DECLINE, OWNER, State.DECLINED, Needs.REASON),
            new Rule(State.REQUESTED, COUNTER, OWNER, State.COUNTERED, Needs.DATE_OR_NOTE),
            new Rule(State.REQUESTED, WITHDRAW, REQUESTER, State.WITHDRAWN, Needs.REASON),
            new Rule(State.COUNTERED, WITHDRAW, REQUESTER, State.WITHDRAWN, Needs.REASON),
            new Rule(State.OFFERED, ACCEPT_OFFER, REQUESTER, State.ACCEPTED, Needs.NOTHING),
            new Rule(State.OFFERED, DECLINE_OFFER, REQUESTER, State.DECLINED, Needs.REASON),
            new Rule(State.OFFERED, WITHDRAW, OWNER, State.WITHDRAWN, Needs.REASON),
            new Rule(State.COUNTERED, ACCEPT_COUNTER, REQUESTER, State.ACCEPTED, Needs.NOTHING),
            new Rule(State.COUNTERED, REJECT_COUNTER, REQUESTER, State.REQUESTED, Needs.REASON),
            new Rule(State.ACCEPTED, MARK_DONE, OWNER, State.DONE, Needs.NOTHING),
            new Rule(State.ACCEPTED, RELEASE, OWNER, State.RELEASED, Needs.REASON),
            new Rule(State.ACCEPTED, CANCEL, REQUESTER, State.CANCELLED, Needs.REASON),
            new Rule(State.DONE, CANCEL, REQUESTER, State.CANCELLED, Needs.REASON),
            new Rule(State.DONE, ACKNOWLEDGE, REQUESTER, State.SATISFIED, Needs.NOTHING),
            new Rule(State.DONE, REOPEN, REQUESTER, State.ACCEPTED, Needs.REASON));

    private Transitions() {
    }

    /** The rule for this move in this state; a comment is allowed in every state, by anyone who can view. */
    public static Optional<Rule> rule(State from, Move move) {
        if (move == Move.COMMENT) {
            return Optional.of(new Rule(from, Move.COMMENT, Role.VIEWER, from, Needs.NOTE));
        }
        return RULES.stream().filter(r -> r.from() == from && r.move() == move).findFirst();
    }

    /** Every person's move the table allows from this state, comments included. */
    public static List<Rule> from(State state) {
        return Stream.concat(RULES.stream().filter(r -> r.from() == state),
                rule(state, Move.COMMENT).stream()).toList();
    }
}
