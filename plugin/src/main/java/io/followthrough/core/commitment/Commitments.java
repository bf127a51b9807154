package io.followthrough.core.commitment;

import io.followthrough.core.commitment.MoveOutcome.Applied;
import io.followthrough.core.commitment.MoveOutcome.Reason;
import io.followthrough.core.commitment.MoveOutcome.Rejected;
import io.followthrough.core.commitment.Transitions.Needs;
import io.followthrough.core.commitment.Transitions.Rule;
import io.followthrough.core.port.ActionItemStore;
import io.followthrough.core.port.ConcurrentMoveException;
import io.followthrough.core.port.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Makes people's moves on action items: checks the rules, records the event, guards against races. */
public final class Commitments {
    /** Longest note kept with a move. */
    public static final int MAX_NOTE = 2000;

    private final ActionItemStore store;
    private final Transactions transactions;
    private final Clock clock;

    public Commitments(ActionItemStore store, Transactions transactions, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The roles a user holds on an item; everyone who can view it is a viewer. */
    public static Set<Role> roles(ActionItem item, String userKey) {
        Set<Role> roles = EnumSet.of(Role.VIEWER);
        if (userKey != null && item.isOwner(userKey)) {
            roles.add(Role.OWNER);
        }
        if (userKey != null && item.isRequester(userKey)) {
            roles.add(Role.REQUESTER);
        }
        return roles;
    }

    /** The moves this user may make now, in table order; what the macro shows as buttons. */
    public static List<Move> availableMoves(ActionItem item, String userKey) {
        if (userKey == null || item.presence() != Presence.LIVE) {
            return List.of();
        }
        Set<Role> roles = roles(item, userKey);
        return Transitions.from(item.state()).stream().filter(r -> roles.contains(r.actor())).map(Rule::move).toList();
    }

    public MoveOutcome move(MoveRequest request) {
        try {
            return transactions.inTransaction(() -> attempt(request));
        } catch (ConcurrentMoveException raced) {
            return new Rejected(Reason.STALE, "expectedVersion", "another move was recorded first", store.byId(request.itemId()));
        }
    }

    private MoveOutcome attempt(MoveRequest request) {
        Optional<ActionItem> found = store.byId(request.itemId()).filter(i -> i.presence() != Presence.PAGE_TRASHED);
        if (found.isEmpty()) {
            return new Rejected(Reason.NO_ITEM, "", "no such action item", Optional.empty());
        }
        ActionItem item = found.get();
        if (request.move().isSystem()) {
            return new Rejected(Reason.INVALID, "move", "not a move people make", found);
        }
        if (item.version() != request.expectedVersion()) {
            return new Rejected(Reason.STALE, "expectedVersion", "the item is at version " + item.version(), found);
        }
        if (item.presence() == Presence.REMOVED) {
            return new Rejected(Reason.NOT_ALLOWED, "move", "the action item was removed from its page", found);
        }
        Optional<Rule> rule = Transitions.rule(item.state(), request.move());
        if (rule.isEmpty()) {
            return new Rejected(Reason.NOT_ALLOWED, "move", request.move().wireName() + " is not possible when the item is "
                    + item.state().wireName(), found);
        }
        if (!roles(item, request.actorKey()).contains(rule.get().actor())) {
            return new Rejected(Reason.NOT_YOUR_MOVE, "move", "only the " + rule.get().actor().name().toLowerCase(Locale.ROOT)
                    + " can " + request.move().wireName(), found);
        }
        Optional<Rejected> missing = checkNeeds(rule.get().needs(), request, found);
        if (missing.isPresent()) {
            return missing.get();
        }
        Instant now = clock.instant();
        ActionItem next = apply(item, rule.get(), request, now);
        ItemEvent event = new ItemEvent(item.id(), next.version(), now, Optional.of(request.actorKey()), request.move(),
                item.state(), next.state(), request.note(), item.termsVersion(), eventDate(next, request), List.of());
        store.record(next, event);
        return new Applied(next, event);
    }

    private static Optional<Rejected> checkNeeds(Needs needs, MoveRequest request, Optional<ActionItem> current) {
        Optional<String> badNote = Notes.problem(request.note(), MAX_NOTE);
        if (badNote.isPresent()) {
            return Optional.of(new Rejected(Reason.INVALID, "note", badNote.get(), current));
        }
        boolean noNote = request.note().isEmpty();
        return switch (needs) {
            case REASON -> noNote ? Optional.of(new Rejected(Reason.INVALID, "note", "this move needs a reason", current)) : Optional.empty();
            case NOTE -> noNote ? Optional.of(new Rejected(Reason.INVALID, "note", "a comment needs text", current)) : Optional.empty();
            case DATE_OR_NOTE -> noNote && request.date().isEmpty()
                    ? Optional.of(new Rejected(Reason.INVALID, "due", "a counter needs a new date or a note", current)) : Optional.empty();
            case NOTHING -> Optional.empty();
        };
    }

    private static ActionItem apply(ActionItem item, Rule rule, MoveRequest request, Instant now) {
        ActionItem next = item.next(rule.to(), now);
        return switch (request.move()) {
            case ACCEPT, ACCEPT_OFFER -> next.withDates(item.terms().due(), Optional.empty());
            case COUNTER -> next.withDates(item.agreedDue(), request.date());
            case ACCEPT_COUNTER -> next.withDates(item.counterDue().or(() -> item.terms().due()), Optional.empty());
            case REJECT_COUNTER -> next.withDates(item.agreedDue(), Optional.empty());
            default -> next;
        };
    }

    private static Optional<LocalDate> eventDate(ActionItem next, MoveRequest request) {
        return switch (request.move()) {
            case ACCEPT, ACCEPT_OFFER, ACCEPT_COUNTER -> next.agreedDue();
            case COUNTER -> request.date();
            default -> Optional.empty();
        };
    }
}
