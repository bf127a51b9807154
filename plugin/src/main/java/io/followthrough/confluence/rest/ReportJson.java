package io.followthrough.confluence.rest;

import io.followthrough.core.commitment.State;
import io.followthrough.core.port.Person;
import io.followthrough.core.report.Headline;
import io.followthrough.core.report.Matrix;
import io.followthrough.core.report.OutcomeOverview;
import io.followthrough.core.report.OutcomeStatus;
import io.followthrough.core.report.Paged;
import io.followthrough.core.report.PurposeOverview;
import io.followthrough.core.report.PurposeStatus;
import io.followthrough.core.report.Rate;
import io.followthrough.core.report.ReportRow;
import io.followthrough.core.report.SpaceReport;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The space outcome report as REST clients see it: the same figures and rows as the report page. Users carry key, username and name. */
public record ReportJson(String space, String today, HeadlineJson headline, List<PurposeJson> purposes,
                         PurposesPageJson purposesPage, OutcomesJson outcomes, MatrixJson matrix, ListJson list,
                         ChartsJson charts) {

    /** Headline figures; durations in seconds, rates as count of a total with the percentage. */
    public record HeadlineJson(int awaitingAnswer, RowJson oldestAwaiting, int inProgress, int overdue,
                               int awaitingAcknowledgement, int satisfiedLast30Days, int satisfiedLast90Days,
                               RateJson onTimeOriginal, RateJson onTimeLast, Long medianSecondsToAnswer,
                               Long medianSecondsToAcknowledge, RateJson declineRate, RateJson renegotiationRate, int items) {
    }

    /** {@code percent} is null when there is nothing to count. */
    public record RateJson(int count, int of, Integer percent) {
        static RateJson of(Rate rate) {
            return new RateJson(rate.count(), rate.of(), rate.percent().orElse(null));
        }
    }

    public record PersonJson(String key, String username, String name) {
        static PersonJson of(String key, Map<String, Person> people) {
            Person person = people.getOrDefault(key, new Person(key, key, key));
            return new PersonJson(key, person.username(), person.displayName());
        }
    }

    /** One action item as the report lists it. */
    public record RowJson(long id, long pageId, String pageTitle, String spaceKey, String state, String presence,
                          PersonJson owner, PersonJson requester, String due, String agreedDue, boolean overdue,
                          String outcome, String created, String since, String what) {
        static RowJson of(ReportRow row, Map<String, Person> people) {
            var item = row.item();
            return new RowJson(item.id(), item.pageId(), row.page().title(), item.spaceKey(), item.state().wireName(),
                    item.presence().name().toLowerCase(Locale.ROOT), PersonJson.of(item.terms().ownerKey(), people),
                    PersonJson.of(item.terms().requesterKey(), people), iso(item.terms().due()), iso(item.agreedDue()),
                    row.overdue(), item.outcome().orElse(null), item.createdAt().toString(), item.stateSince().toString(),
                    item.terms().bodyExcerpt());
        }
    }

    public record PurposeJson(long pageId, String pageTitle, PersonJson sponsor, String until, String review,
                              boolean expired, boolean reviewDue) {
    }

    /**
     * Which page of the purposes {@code purposes} holds (chosen by the query's {@code purposesPage};
     * expired and review-due ones first), and how many of all of them there are, are expired or are
     * due for review.
     */
    public record PurposesPageJson(int total, int page, int size, int pages, int expired, int reviewDue) {
    }

    /** {@code status} is null while no status has been recorded. */
    public record OutcomeJson(long pageId, String pageTitle, String title, PersonJson owner, String due, String status,
                              int actions, int accepted, int done, boolean withoutAcceptedAction, boolean overdue,
                              boolean allActionsDone) {
        static OutcomeJson of(OutcomeStatus o, Map<String, Person> people) {
            var s = o.outcome();
            return new OutcomeJson(s.page().id(), s.page().title(), s.title(),
                    s.ownerKey().map(k -> PersonJson.of(k, people)).orElse(null), iso(s.due()), s.status().orElse(null),
                    o.actions(), o.accepted(), o.done(), o.withoutAcceptedAction(), o.overdue(), o.allActionsDone());
        }
    }

    /**
     * One page of the expected outcomes ({@code outcomesPage}), those that need attention first;
     * {@code total}, {@code byStatus}, {@code withoutAcceptedAction} and {@code overdue} count all of them.
     */
    public record OutcomesJson(List<OutcomeJson> outcomes, int total, int page, int size, int pages,
                               Map<String, Integer> byStatus, int withoutAcceptedAction, int overdue) {
    }

    /**
     * Requesters are rows, owners columns: those with the most items on pages, at most
     * {@value Matrix#LIMIT} of each, most first. {@code requesterCount} and {@code ownerCount} say how
     * many have items in all; {@code cells} lists only pairs with items.
     */
    public record MatrixJson(List<PersonJson> requesters, List<PersonJson> owners, int requesterCount, int ownerCount,
                             List<CellJson> cells) {
    }

    /**
     * A null {@code requester} or {@code owner} stands for everyone not listed in {@code requesters}
     * or {@code owners}: such a cell adds up their items, so all cells together count every item on a page.
     */
    public record CellJson(String requester, String owner, int open, int total, Map<String, Integer> byState) {
    }

    public record ListJson(int total, int page, int size, int pages, List<RowJson> rows) {
    }

    public record WeekJson(String week, int created, int satisfied) {
    }

    public record ChartsJson(Map<String, Integer> states, List<WeekJson> weeks) {
    }

    static ReportJson of(SpaceReport report) {
        Map<String, Person> people = report.people();
        return new ReportJson(report.spaceKey(), report.today().toString(), headline(report.headline(), people),
                report.purposes().purposes().rows().stream().map(p -> purpose(p, people)).toList(),
                purposesPage(report.purposes()), outcomes(report.outcomes(), people),
                matrix(report.matrix(), people), list(report.list(), people), charts(report));
    }

    static HeadlineJson headline(Headline h, Map<String, Person> people) {
        return new HeadlineJson(h.awaitingAnswer(), h.oldestAwaiting().map(r -> RowJson.of(r, people)).orElse(null),
                h.inProgress(), h.overdue(), h.awaitingAcknowledgement(), h.satisfiedLast30Days(), h.satisfiedLast90Days(),
                RateJson.of(h.onTimeOriginal()), RateJson.of(h.onTimeLast()), seconds(h.medianTimeToAnswer()),
                seconds(h.medianTimeToAcknowledge()), RateJson.of(h.declineRate()), RateJson.of(h.renegotiationRate()),
                h.items());
    }

    private static PurposeJson purpose(PurposeStatus p, Map<String, Person> people) {
        var s = p.purpose();
        return new PurposeJson(s.page().id(), s.page().title(), s.sponsorKey().map(k -> PersonJson.of(k, people)).orElse(null),
                iso(s.until()), iso(s.review()), p.expired(), p.reviewDue());
    }

    private static PurposesPageJson purposesPage(PurposeOverview o) {
        Paged<PurposeStatus> shown = o.purposes();
        return new PurposesPageJson(shown.total(), shown.page(), shown.size(), shown.pages(), o.expired(), o.reviewDue());
    }

    private static OutcomesJson outcomes(OutcomeOverview o, Map<String, Person> people) {
        Paged<OutcomeStatus> shown = o.outcomes();
        return new OutcomesJson(shown.rows().stream().map(s -> OutcomeJson.of(s, people)).toList(), shown.total(),
                shown.page(), shown.size(), shown.pages(), o.byStatus(), o.withoutAcceptedAction(), o.overdue());
    }

    private static MatrixJson matrix(Matrix m, Map<String, Person> people) {
        return new MatrixJson(m.requesterKeys().stream().map(k -> PersonJson.of(k, people)).toList(),
                m.ownerKeys().stream().map(k -> PersonJson.of(k, people)).toList(),
                m.requesters(), m.owners(), m.cells().stream().map(c -> new CellJson(c.requesterKey().orElse(null),
                        c.ownerKey().orElse(null), c.open(), c.total(), byWireName(c.byState()))).toList());
    }

    private static ListJson list(Paged<ReportRow> list, Map<String, Person> people) {
        return new ListJson(list.total(), list.page(), list.size(), list.pages(),
                list.rows().stream().map(r -> RowJson.of(r, people)).toList());
    }

    private static ChartsJson charts(SpaceReport report) {
        return new ChartsJson(byWireName(report.charts().states()), report.charts().weeks().stream()
                .map(w -> new WeekJson(w.weekStart().toString(), w.created(), w.satisfied())).toList());
    }

    private static Map<String, Integer> byWireName(Map<State, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.forEach((state, n) -> out.put(state.wireName(), n));
        return out;
    }

    private static Long seconds(Optional<Duration> duration) {
        return duration.map(Duration::toSeconds).orElse(null);
    }

    private static String iso(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }
}
