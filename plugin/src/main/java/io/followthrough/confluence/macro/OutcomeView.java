package io.followthrough.confluence.macro;

import com.atlassian.sal.api.message.I18nResolver;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.commitment.State;
import io.followthrough.core.outcome.Outcome;
import io.followthrough.core.outcome.OutcomeEvent;
import io.followthrough.core.outcome.OutcomeEvent.Kind;
import io.followthrough.core.outcome.OutcomeRollup;
import io.followthrough.core.outcome.OutcomeStatus;
import io.followthrough.core.port.Directory;
import io.followthrough.core.port.Person;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Turns an outcome, its history and roll-up into the Map the outcome template reads, with every word from i18n. */
final class OutcomeView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.ENGLISH);
    private static final String KEY = "io.followthrough.confluence.";

    private final I18nResolver i18n;
    private final Directory directory;
    private final ZoneId zone;

    OutcomeView(I18nResolver i18n, Directory directory, ZoneId zone) {
        this.i18n = i18n;
        this.directory = directory;
        this.zone = zone;
    }

    Map<String, Object> of(Outcome outcome, List<OutcomeEvent> history, OutcomeRollup rollup, boolean canSet, LocalDate today) {
        Map<String, Object> view = new HashMap<>();
        view.put("id", outcome.id());
        view.put("version", outcome.version());
        view.put("title", outcome.title());
        view.put("status", outcome.status().wireName());
        view.put("statusLabel", statusLabel(outcome.status()));
        view.put("lozenge", lozenge(outcome.status()));
        outcome.ownerKey().map(this::name).ifPresent(owner -> view.put("ownerName", owner));
        outcome.due().map(MacroText::day).ifPresent(due -> view.put("due", due));
        view.put("measure", outcome.measure());
        view.put("overdue", outcome.isOverdue(today));
        view.put("removed", outcome.presence() != Presence.LIVE);
        view.put("canSet", canSet);
        view.put("statuses", statuses(outcome.status()));
        view.put("rollup", rollup(rollup, outcome.status()));
        view.put("history", history(history));
        latestUpdate(history).ifPresent(latest -> view.put("latest", latest));
        return view;
    }

    private List<Map<String, Object>> statuses(OutcomeStatus current) {
        List<Map<String, Object>> statuses = new ArrayList<>();
        for (OutcomeStatus status : OutcomeStatus.values()) {
            statuses.add(Map.of("value", status.wireName(), "label", statusLabel(status), "needsNote", status.needsNote(),
                    "selected", status == current));
        }
        return statuses;
    }

    private Map<String, Object> rollup(OutcomeRollup rollup, OutcomeStatus status) {
        Map<String, Object> view = new HashMap<>();
        view.put("total", rollup.total());
        List<String> states = new ArrayList<>();
        for (Map.Entry<State, Integer> count : rollup.byState().entrySet()) {
            states.add(i18n.getText(KEY + "ft-outcome.state-count", count.getValue(),
                    i18n.getText(KEY + "state." + count.getKey().wireName())));
        }
        view.put("states", states);
        view.put("overdue", rollup.overdue());
        rollup.nextDue().map(MacroText::day).ifPresent(next -> view.put("nextDue", next));
        view.put("unbacked", rollup.isUnbacked(status));
        view.put("allDone", rollup.allDone());
        return view;
    }

    private Optional<Map<String, Object>> latestUpdate(List<OutcomeEvent> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            OutcomeEvent event = events.get(i);
            if (event.kind() == Kind.STATUS_SET) {
                return Optional.of(Map.of("note", event.note(), "actor", event.actorKey().map(this::name).orElse(""),
                        "when", WHEN.format(event.at().atZone(zone))));
            }
        }
        return Optional.empty();
    }

    private List<Map<String, Object>> history(List<OutcomeEvent> events) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (OutcomeEvent event : events) {
            Map<String, Object> row = new HashMap<>();
            row.put("when", WHEN.format(event.at().atZone(zone)));
            row.put("actor", event.actorKey().map(this::name).orElse(i18n.getText(KEY + "history.system")));
            row.put("what", what(event));
            row.put("note", event.note());
            rows.add(row);
        }
        return rows;
    }

    private String what(OutcomeEvent event) {
        String key = KEY + "outcome-history." + event.kind().wireName();
        return switch (event.kind()) {
            case STATUS_SET -> i18n.getText(key, statusLabel(event.to()));
            case OWNER_CHANGED -> i18n.getText(key, shown(event.before(), this::name), shown(event.after(), this::name));
            case DUE_CHANGED -> i18n.getText(key, shown(event.before(), d -> MacroText.day(LocalDate.parse(d))),
                    shown(event.after(), d -> MacroText.day(LocalDate.parse(d))));
            case RETITLED, MEASURE_CHANGED -> i18n.getText(key, shown(event.before(), v -> v), shown(event.after(), v -> v));
            default -> i18n.getText(key);
        };
    }

    private String shown(String value, UnaryOperator<String> format) {
        return value.isEmpty() ? i18n.getText(KEY + "terms.none") : format.apply(value);
    }

    private String name(String userKey) {
        return directory.find(userKey).map(Person::displayName).orElse(userKey);
    }

    private String statusLabel(OutcomeStatus status) {
        return i18n.getText(KEY + "outcome-status." + status.wireName());
    }

    static String lozenge(OutcomeStatus status) {
        return switch (status) {
            case ON_TRACK -> "aui-lozenge-success";
            case AT_RISK -> "aui-lozenge-moved";
            case OFF_TRACK, MISSED -> "aui-lozenge-removed";
            case ACHIEVED -> "aui-lozenge-complete";
            case PLANNED, DROPPED -> "";
        };
    }
}
