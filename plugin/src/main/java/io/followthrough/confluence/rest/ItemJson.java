package io.followthrough.confluence.rest;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.Commitments;
import io.followthrough.core.commitment.ItemEvent;
import io.followthrough.core.commitment.Move;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** An action item as REST clients see it; dates are ISO strings, users are user keys. */
public record ItemJson(long id, long pageId, String macroId, String spaceKey, String kind, String state, int version,
                       int termsVersion, String owner, String requester, String due, String agreedDue, String counterDue,
                       String outcome, String presence, boolean overdue, List<String> moves, List<EventJson> history) {

    /** One history event. */
    public record EventJson(int sequence, String at, String actor, String move, String from, String to, String note,
                            int termsVersion, String date, List<ChangeJson> changes) {
    }

    /** One changed term, old to new. */
    public record ChangeJson(String field, String oldValue, String newValue) {
    }

    static ItemJson of(ActionItem item, List<ItemEvent> history, String viewerKey, LocalDate today) {
        return new ItemJson(item.id(), item.pageId(), item.macroId(), item.spaceKey(), item.kind().name().toLowerCase(Locale.ROOT),
                item.state().wireName(), item.version(), item.termsVersion(), item.terms().ownerKey(),
                item.terms().requesterKey(), iso(item.terms().due().orElse(null)), iso(item.agreedDue().orElse(null)),
                iso(item.counterDue().orElse(null)), item.outcome().orElse(null), item.presence().name().toLowerCase(Locale.ROOT),
                item.isOverdue(today), Commitments.availableMoves(item, viewerKey).stream().map(Move::wireName).toList(),
                history == null ? null : history.stream().map(ItemJson::event).toList());
    }

    private static EventJson event(ItemEvent e) {
        return new EventJson(e.sequence(), e.at().toString(), e.actorKey().orElse(null), e.move().wireName(),
                e.from().wireName(), e.to().wireName(), e.note(), e.termsVersion(), iso(e.date().orElse(null)),
                e.changes().stream().map(c -> new ChangeJson(c.field().name().toLowerCase(Locale.ROOT), c.oldValue(), c.newValue())).toList());
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
