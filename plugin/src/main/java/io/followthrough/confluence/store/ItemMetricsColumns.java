package io.followthrough.confluence.store;

import static io.followthrough.confluence.store.AoColumns.day;
import static io.followthrough.confluence.store.AoColumns.instant;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.followthrough.core.commitment.ItemEvent;
import io.followthrough.core.commitment.Move;
import io.followthrough.core.commitment.State;
import io.followthrough.core.report.ItemMetrics;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/**
 * How an item's {@link ItemMetrics} are written to its row, and the narrow read of histories they
 * are computed from (the note and term changes, which can be long, are not read).
 */
final class ItemMetricsColumns {
    private static final String MOVE_COLUMNS = "ID, ITEM_ID, SEQUENCE_NO, HAPPENED_AT, ACTOR_KEY, MOVE_NAME, FROM_STATE, "
            + "TO_STATE, TERMS_VERSION, MOVE_DATE";

    /** The metric columns. */
    static final String[] NAMES = {"ANSWER_MILLIS", "ACK_MILLIS", "ON_TIME_ORIGINAL", "ON_TIME_LAST", "ANSWERED", "DECLINED",
        "RENEGOTIATED"};

    private ItemMetricsColumns() {
    }

    /** The metrics a row holds, as far as the counts need them (the durations are whole milliseconds). */
    static ItemMetrics read(AoActionItem row) {
        return new ItemMetrics(duration(row.getAnswerMillis()), duration(row.getAckMillis()), flag(row.getOnTimeOriginal()),
                flag(row.getOnTimeLast()), isSet(row.getAnswered()), isSet(row.getDeclined()), isSet(row.getRenegotiated()));
    }

    /** The metrics of a result row that holds the {@link #NAMES} columns. */
    static ItemMetrics read(ResultSet rs) throws SQLException {
        return new ItemMetrics(duration(number(rs, "ANSWER_MILLIS")), duration(number(rs, "ACK_MILLIS")),
                flag(integer(rs, "ON_TIME_ORIGINAL")), flag(integer(rs, "ON_TIME_LAST")), isSet(integer(rs, "ANSWERED")),
                isSet(integer(rs, "DECLINED")), isSet(integer(rs, "RENEGOTIATED")));
    }

    private static Long number(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Optional<Duration> duration(Long millis) {
        return Optional.ofNullable(millis).map(Duration::ofMillis);
    }

    private static Optional<Boolean> flag(Integer value) {
        return Optional.ofNullable(value).map(v -> v == 1);
    }

    private static boolean isSet(Integer value) {
        return value != null && value == 1;
    }

    /** The columns of a new item, whose only event is its creation. */
    static Map<String, Object> of(ItemMetrics metrics) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("ANSWER_MILLIS", metrics.timeToAnswer().map(Duration::toMillis).orElse(null));
        columns.put("ACK_MILLIS", metrics.timeToAcknowledge().map(Duration::toMillis).orElse(null));
        columns.put("ON_TIME_ORIGINAL", flag(metrics.onTimeOriginal()));
        columns.put("ON_TIME_LAST", flag(metrics.onTimeLast()));
        columns.put("ANSWERED", metrics.answered() ? 1 : 0);
        columns.put("DECLINED", metrics.declined() ? 1 : 0);
        columns.put("RENEGOTIATED", metrics.renegotiated() ? 1 : 0);
        return columns;
    }

    /** Sets the row's metric columns; the caller saves the row. */
    static void set(AoActionItem row, ItemMetrics metrics) {
        row.setAnswerMillis(metrics.timeToAnswer().map(Duration::toMillis).orElse(null));
        row.setAckMillis(metrics.timeToAcknowledge().map(Duration::toMillis).orElse(null));
        row.setOnTimeOriginal(flag(metrics.onTimeOriginal()));
        row.setOnTimeLast(flag(metrics.onTimeLast()));
        row.setAnswered(metrics.answered() ? 1 : 0);
        row.setDeclined(metrics.declined() ? 1 : 0);
        row.setRenegotiated(metrics.renegotiated() ? 1 : 0);
    }

    /** One item's history, oldest first, without notes and term changes. */
    static List<ItemEvent> history(ActiveObjects ao, long itemId) {
        return histories(ao.find(AoItemEvent.class, Query.select(MOVE_COLUMNS).where("ITEM_ID = ?", itemId)))
                .getOrDefault(itemId, List.of());
    }

    /** Computes the metrics of every item from its history: for the upgrade that adds the columns. */
    static void fillAll(ActiveObjects ao, ZoneId zone) {
        Map<Long, List<ItemEvent>> histories = histories(ao.find(AoItemEvent.class, Query.select(MOVE_COLUMNS)));
        for (AoActionItem row : ao.find(AoActionItem.class)) {
            set(row, ItemMetrics.of(histories.getOrDefault((long) row.getID(), List.of()), zone));
            row.save();
        }
    }

    private static Map<Long, List<ItemEvent>> histories(AoItemEvent[] rows) {
        Map<Long, List<ItemEvent>> histories = new LinkedHashMap<>();
        for (AoItemEvent row : rows) {
            histories.computeIfAbsent(row.getItemId(), id -> new ArrayList<>()).add(move(row));
        }
        histories.replaceAll((id, events) -> events.stream().sorted(Comparator.comparingInt(ItemEvent::sequence)).toList());
        return histories;
    }

    private static Integer flag(Optional<Boolean> value) {
        return value.map(v -> v ? 1 : 0).orElse(null);
    }

    /** An event read from {@link #MOVE_COLUMNS} only. */
    private static ItemEvent move(AoItemEvent row) {
        return new ItemEvent(row.getItemId(), row.getSequenceNo(), instant(row.getHappenedAt()),
                Optional.ofNullable(row.getActorKey()), Move.valueOf(row.getMoveName()), State.valueOf(row.getFromState()),
                State.valueOf(row.getToState()), "", row.getTermsVersion(), day(row.getMoveDate()), List.of());
    }
}
