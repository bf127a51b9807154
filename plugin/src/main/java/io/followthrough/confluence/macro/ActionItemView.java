package io.followthrough.confluence.macro;

import com.atlassian.sal.api.message.I18nResolver;
import io.followthrough.confluence.web.ReportText;
import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.Commitments;
import io.followthrough.core.commitment.ItemEvent;
import io.followthrough.core.commitment.Move;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.commitment.State;
import io.followthrough.core.commitment.TermsChange;
import io.followthrough.core.commitment.Transitions;
import io.followthrough.core.commitment.Transitions.Needs;
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

/** Turns an item and its history into the Map the action-item template reads, with every word from i18n. */
final class ActionItemView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.ENGLISH);
    private static final String KEY = "io.followthrough.confluence.";

    private final I18nResolver i18n;
    private final Directory directory;
    private final ZoneId zone;

    ActionItemView(I18nResolver i18n, Directory directory, ZoneId zone) {
        this.i18n = i18n;
        this.directory = directory;
        this.zone = zone;
    }

    Map<String, Object> of(ActionItem item, List<ItemEvent> history, String viewerKey, LocalDate today) {
        Map<String, Object> view = new HashMap<>();
        view.put("id", item.id());
        view.put("version", item.version());
        view.put("state", item.state().wireName());
        view.put("stateLabel", stateLabel(item.state()));
        view.put("lozenge", ReportText.lozenge(item.state()));
        view.put("kind", item.kind().name().toLowerCase(Locale.ROOT));
        view.put("ownerName", name(item.terms().ownerKey()));
        view.put("requesterName", name(item.terms().requesterKey()));
        view.put("overdue", item.isOverdue(today));
        view.put("removed", item.presence() != Presence.LIVE);
        item.terms().due().ifPresent(due -> view.put("pageDue", MacroText.day(due)));
        item.agreedDue().filter(agreed -> !item.terms().due().equals(Optional.of(agreed)))
                .ifPresent(agreed -> view.put("agreedDue", MacroText.day(agreed)));
        item.counterDue().ifPresent(counter -> view.put("counterDue", MacroText.day(counter)));
        view.put("moves", moves(item, viewerKey));
        view.put("history", history(history));
        lastTermsChange(item, history).ifPresent(changes -> view.put("termsChanges", changes));
        return view;
    }

    private List<Map<String, Object>> moves(ActionItem item, String viewerKey) {
        List<Map<String, Object>> moves = new ArrayList<>();
        for (Move move : Commitments.availableMoves(item, viewerKey)) {
            Needs needs = Transitions.rule(item.state(), move).map(Transitions.Rule::needs).orElse(Needs.NOTHING);
            Map<String, Object> m = new HashMap<>();
            m.put("move", move.wireName());
            m.put("label", i18n.getText(KEY + "move." + move.wireName()));
            m.put("needs", needs.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            m.put("primary", move == Move.ACCEPT || move == Move.ACCEPT_OFFER || move == Move.ACCEPT_COUNTER
                    || move == Move.MARK_DONE || move == Move.ACKNOWLEDGE);
            moves.add(m);
        }
        return moves;
    }

    private List<Map<String, Object>> history(List<ItemEvent> events) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ItemEvent event : events) {
            Map<String, Object> row = new HashMap<>();
            row.put("when", WHEN.format(event.at().atZone(zone)));
            row.put("actor", event.actorKey().map(this::name).orElse(i18n.getText(KEY + "history.system")));
            row.put("move", i18n.getText(KEY + "history." + event.move().wireName()));
            row.put("to", stateLabel(event.to()));
            row.put("changed", event.from() != event.to());
            row.put("note", event.note());
            event.date().ifPresent(date -> row.put("date", MacroText.day(date)));
            row.put("changes", changes(event.changes()));
            rows.add(row);
        }
        return rows;
    }

    /** What changed in the terms since the owner last agreed, while the item waits to be accepted again. */
    private Optional<List<Map<String, String>>> lastTermsChange(ActionItem item, List<ItemEvent> events) {
        if (!item.isAwaitingAnswer()) {
            return Optional.empty();
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            Move move = events.get(i).move();
            if (move == Move.TERMS_CHANGED || move == Move.OWNER_CHANGED) {
                return Optional.of(changes(events.get(i).changes())).filter(c -> !c.isEmpty());
            }
            if (move != Move.COMMENT) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private List<Map<String, String>> changes(List<TermsChange> changes) {
        List<Map<String, String>> out = new ArrayList<>();
        for (TermsChange change : changes) {
            String field = change.field().name().toLowerCase(Locale.ROOT);
            boolean person = change.field() == TermsChange.Field.OWNER || change.field() == TermsChange.Field.REQUESTER;
            boolean date = change.field() == TermsChange.Field.DUE;
            out.add(Map.of("field", i18n.getText(KEY + "terms." + field),
                    "old", shown(change.oldValue(), person, date), "new", shown(change.newValue(), person, date)));
        }
        return out;
    }

    private String shown(String value, boolean person, boolean date) {
        if (value.isEmpty()) {
            return i18n.getText(KEY + "terms.none");
        }
        if (person) {
            return name(value);
        }
        return date ? MacroText.day(LocalDate.parse(value)) : value;
    }

    private String name(String userKey) {
        return directory.find(userKey).map(Person::displayName).orElse(userKey);
    }

    private String stateLabel(State state) {
        return i18n.getText(KEY + "state." + state.wireName());
    }
}
