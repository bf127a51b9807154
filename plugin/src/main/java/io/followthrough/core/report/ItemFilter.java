package io.followthrough.core.report;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.commitment.State;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Applies a {@link ReportQuery}'s filters and sort to report rows. */
final class ItemFilter {
    private final ReportQuery query;
    private final LocalDate today;
    private final People people;

    ItemFilter(ReportQuery query, LocalDate today, People people) {
        this.query = query;
        this.today = today;
        this.people = people;
    }

    List<ReportRow> apply(List<ReportRow> rows) {
        Comparator<ReportRow> order = comparator();
        return rows.stream().filter(this::matches)
                .sorted((query.descending() ? order.reversed() : order).thenComparing(r -> r.item().id()))
                .toList();
    }

    boolean matches(ReportRow row) {
        ActionItem item = row.item();
        return (item.presence() == Presence.LIVE || query.includeRemoved() && item.presence() == Presence.REMOVED)
                && (query.states().isEmpty() || query.states().contains(item.state()))
                && query.ownerKey().map(item::isOwner).orElse(true)
                && query.requesterKey().map(item::isRequester).orElse(true)
                && query.pageId().map(id -> id == item.pageId()).orElse(true)
                && query.outcome().map(title -> item.outcome().equals(Optional.of(title))).orElse(true)
                && inDueWindow(item);
    }

    private boolean inDueWindow(ActionItem item) {
        Optional<LocalDate> due = item.effectiveDue();
        boolean owed = item.state() == State.REQUESTED || item.state() == State.OFFERED
                || item.state() == State.COUNTERED || item.state() == State.ACCEPTED;
        return switch (query.due()) {
            case ANY -> true;
            case OVERDUE -> item.isOverdue(today);
            case NEXT_7_DAYS -> owed && due.map(d -> !d.isBefore(today) && !d.isAfter(today.plusDays(7))).orElse(false);
            case NEXT_30_DAYS -> owed && due.map(d -> !d.isBefore(today) && !d.isAfter(today.plusDays(30))).orElse(false);
            case NO_DATE -> due.isEmpty();
        };
    }

    private Comparator<ReportRow> comparator() {
        return switch (query.sort()) {
            case DUE -> Comparator.comparing((ReportRow r) -> r.item().effectiveDue(), absentLast());
            case STATE -> Comparator.comparing((ReportRow r) -> r.item().state());
            case OWNER -> Comparator.comparing((ReportRow r) -> r.item().terms().ownerKey(), people.byName());
            case REQUESTER -> Comparator.comparing((ReportRow r) -> r.item().terms().requesterKey(), people.byName());
            case PAGE -> Comparator.comparing((ReportRow r) -> r.page().title().toLowerCase(Locale.ROOT));
            case CREATED -> Comparator.comparing((ReportRow r) -> r.item().createdAt());
            case SINCE -> Comparator.comparing((ReportRow r) -> r.item().stateSince());
        };
    }

    /** Dates in order and items without one after all dated ones, whichever way the list is sorted. */
    private Comparator<Optional<LocalDate>> absentLast() {
        Comparator<Optional<LocalDate>> missingLast = Comparator.comparing(Optional::isEmpty);
        Comparator<Optional<LocalDate>> byDate = Comparator.comparing(d -> d.orElse(LocalDate.MIN));
        // apply() reverses the whole order for a descending sort; reversing this part first keeps missing dates last.
        return (query.descending() ? missingLast.reversed() : missingLast).thenComparing(byDate);
    }
}
