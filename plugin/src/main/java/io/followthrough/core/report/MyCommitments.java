package io.followthrough.core.report;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.commitment.State;
import io.followthrough.core.port.ActionItemQueries;
import io.followthrough.core.port.Directory;
import io.followthrough.core.port.PageRef;
import io.followthrough.core.port.Permissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A person's commitments inbox across spaces: one query for the items they own or requested, one
 * batch permission check for their pages. Only items on their page and on pages the person may view
 * appear.
 */
public final class MyCommitments {
    private final ActionItemQueries queries;
    private final Permissions permissions;
    private final Directory directory;
    private final Clock clock;

    public MyCommitments(ActionItemQueries queries, Permissions permissions, Directory directory, Clock clock) {
        this.queries = queries;
        this.permissions = permissions;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * To answer: requests to me, and offers and counters made to me as requester; oldest first.
     * To deliver: what I accepted; overdue first, then by due date. To acknowledge: what was
     * delivered to me; oldest first. Owed to me: requests I am waiting on to be answered or
     * delivered by someone else; overdue first, then by due date.
     */
    public Inbox of(String userKey) {
        LocalDate today = LocalDate.now(clock);
        List<ActionItem> mine = queries.involving(userKey).stream()
                .filter(item -> item.presence() == Presence.LIVE).toList();
        Map<Long, PageRef> pages = permissions.viewablePages(Optional.of(userKey),
                        mine.stream().map(ActionItem::pageId).distinct().toList())
                .stream().collect(Collectors.toMap(PageRef::id, Function.identity(), (a, b) -> a));
        List<ReportRow> rows = mine.stream().filter(item -> pages.containsKey(item.pageId()))
                .map(item -> new ReportRow(item, pages.get(item.pageId()), item.isOverdue(today))).toList();
        People people = new People(directory);
        people.lookUpRows(rows.stream());
        Comparator<ReportRow> oldestFirst = Comparator.comparing((ReportRow r) -> r.item().stateSince());
        Comparator<ReportRow> urgentFirst = Comparator.comparing((ReportRow r) -> !r.overdue())
                .thenComparing(r -> r.item().effectiveDue().orElse(LocalDate.MAX)).thenComparing(oldestFirst);
        return new Inbox(
                select(rows, r -> r.item().state() == State.REQUESTED && r.item().isOwner(userKey)
                        || (r.item().state() == State.OFFERED || r.item().state() == State.COUNTERED)
                        && r.item().isRequester(userKey), oldestFirst),
                select(rows, r -> r.item().state() == State.ACCEPTED && r.item().isOwner(userKey), urgentFirst),
                select(rows, r -> r.item().state() == State.DONE && r.item().isRequester(userKey), oldestFirst),
                select(rows, r -> (r.item().state() == State.REQUESTED || r.item().state() == State.ACCEPTED)
                        && r.item().isRequester(userKey) && !r.item().isOwner(userKey), urgentFirst),
                people.all());
    }

    private static List<ReportRow> select(List<ReportRow> rows, Predicate<ReportRow> test, Comparator<ReportRow> order) {
        return rows.stream().filter(test).sorted(order.thenComparing(r -> r.item().id())).toList();
    }
}
