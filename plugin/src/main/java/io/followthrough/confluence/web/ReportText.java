package io.followthrough.confluence.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.followthrough.confluence.macro.MacroText;
import io.followthrough.core.commitment.State;
import io.followthrough.core.port.Person;
import io.followthrough.core.report.Rate;
import io.followthrough.core.report.ReportRow;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The words and numbers reports, the inbox and the action item macro show, all from the i18n bundle. */
public final class ReportText {
    private static final String KEY = "io.followthrough.confluence.";
    private static final long DAYS_FROM_HOURS = 48;

    private final I18nResolver i18n;

    public ReportText(I18nResolver i18n) {
        this.i18n = i18n;
    }

    /** The text of {@code io.followthrough.confluence.<key>}. */
    public String text(String key, Serializable... arguments) {
        return i18n.getText(KEY + key, arguments);
    }

    public String state(State state) {
        return text("state." + state.wireName());
    }

    /** "83% (5 of 6)", or "no data" when there was nothing to count. */
    public String rate(Rate rate) {
        return rate.percent().map(p -> text("report.rate", p, rate.count(), rate.of())).orElseGet(() -> text("report.none"));
    }

    /** Whole hours below two days, whole days above; "no data" for none. */
    public String duration(Optional<Duration> duration) {
        return duration.map(d -> d.toHours() < DAYS_FROM_HOURS
                ? text("report.hours", Math.max(0, Math.round(d.toMinutes() / 60.0)))
                : text("report.days", Math.round(d.toHours() / 24.0))).orElseGet(() -> text("report.none"));
    }

    /** What every list of items shows of one: what, on which page, in which state, due when; callers add their columns. */
    public Map<String, Object> row(ReportRow row, String contextPath) {
        var item = row.item();
        Map<String, Object> view = new HashMap<>();
        view.put("id", item.id());
        view.put("what", item.terms().bodyExcerpt());
        view.put("pageTitle", row.page().title());
        view.put("pageUrl", ReportLinks.page(contextPath, item.pageId()));
        view.put("state", item.state().wireName());
        view.put("stateLabel", state(item.state()));
        view.put("lozenge", lozenge(item.state()));
        view.put("due", day(item.effectiveDue()));
        view.put("overdue", row.overdue());
        return view;
    }

    public static String day(Optional<LocalDate> date) {
        return date.map(MacroText::day).orElse("");
    }

    public static String name(String userKey, Map<String, Person> people) {
        return Optional.ofNullable(people.get(userKey)).map(Person::displayName).orElse(userKey);
    }

    /** The AUI lozenge class that colours a state. */
    public static String lozenge(State state) {
        return switch (state) {
            case REQUESTED, OFFERED, COUNTERED -> "aui-lozenge-moved";
            case ACCEPTED, DONE -> "aui-lozenge-inprogress";
            case SATISFIED -> "aui-lozenge-success";
            default -> "";
        };
    }
}
