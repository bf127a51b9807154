package io.followthrough.bench;

import io.followthrough.core.commitment.State;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The aggregate SQL the space outcome report needs, written by hand in plain JDBC on its own
 * connection: the floor the report is measured against (DESIGN §6: within 2× of the bare SQL).
 * One run is these statements, every row read:
 * <ol type="a">
 *   <li>item counts per page of the space;</li>
 *   <li>one row per state and presence over the viewer's items: items, overdue, satisfied in the
 *       last 30 and 90 days, the oldest state change, and the history figures from the per-item
 *       metric columns (on-time, answered, declined, renegotiated, how many have a time to answer
 *       and to acknowledge);</li>
 *   <li>the requester × owner matrix, by state and presence;</li>
 *   <li>items created and acknowledgements in each of the chart's 12 weeks (satisfied items by when
 *       they were satisfied);</li>
 *   <li>the outcome roll-up: live items, accepted or delivered, delivered, per page and outcome;</li>
 *   <li>the two medians, time to answer and time to acknowledge, by ORDER BY … OFFSET/FETCH;</li>
 *   <li>the first 25 rows of the item list by effective due date (missing dates last), then id,
 *       found on the ids first;</li>
 *   <li>the space's outcome rows and purpose rows.</li>
 * </ol>
 * "The viewer's items" are the space's items not on trashed pages and not on the pages the viewer
 * may not view, which are written into the statements as literals: (b) to (d) count the whole
 * space and take away the hidden pages' share in the same statement, (e) leaves the hidden pages'
 * rows out as it reads them, and the rest test each row against the hidden pages.
 */
final class BareReportSql implements AutoCloseable {
    /** Statements in one run: (a) to (e), two for (f), (g), two for (h). */
    static final int STATEMENTS = 10;
    /** Weeks in the report's created-against-satisfied chart. */
    private static final int WEEKS = 12;
    private static final int LIST_SIZE = 25;
    /** How the plugin stores instants (AoColumns): fixed-width UTC text that sorts in time order. */
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
    /** The space's items not on a trashed page; binds the space key. */
    private static final String IN_SPACE = "\"SPACE_KEY\" = ? AND \"PRESENCE\" <> 'PAGE_TRASHED'";

    private final Connection connection;
    private final String items;
    private final String outcomes;
    private final String purposes;
    private final String spaceKey;
    private final String notHidden;
    private final String onHidden;
    private final Set<Long> hidden;
    private final ZoneId zone;

    /**
     * @param tablePrefix   the plugin's Active Objects table prefix, e.g. {@code AO_5033A6_}
     * @param hiddenPageIds the pages the viewer may not view
     */
    BareReportSql(String jdbcUrl, String tablePrefix, String spaceKey, Collection<Long> hiddenPageIds, ZoneId zone)
            throws SQLException {
        this.connection = DriverManager.getConnection(jdbcUrl);
        this.items = table(tablePrefix, "ACTION_ITEM");
        this.outcomes = table(tablePrefix, "OUTCOME");
        this.purposes = table(tablePrefix, "PURPOSE");
        this.spaceKey = spaceKey;
        String pages = hiddenPageIds.stream().map(String::valueOf).collect(Collectors.joining(", "));
        this.notHidden = hiddenPageIds.isEmpty() ? "" : " AND NOT (\"PAGE_ID\" IN (" + pages + "))";
        this.onHidden = hiddenPageIds.isEmpty() ? "" : " AND \"PAGE_ID\" IN (" + pages + ")";
        this.hidden = Set.copyOf(hiddenPageIds);
        this.zone = zone;
    }

    private static String table(String prefix, String name) {
        return "\"" + prefix + name + "\"";
    }

    /** Runs (a) to (h) once as of {@code now}; returns the live items per state that (b) counted. */
    Map<State, Integer> run(Instant now) throws SQLException {
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<Instant> weeks = weekStarts(today);
        String viewable = "\"SPACE_KEY\" = ? AND \"PRESENCE\" <> 'PAGE_TRASHED'" + notHidden;

        drain(prepare("SELECT \"PAGE_ID\", COUNT(*) FROM " + items + " WHERE \"SPACE_KEY\" = ? GROUP BY \"PAGE_ID\"", spaceKey));

        Map<State, Integer> live = new EnumMap<>(State.class);
        long answered = 0;
        long acknowledged = 0;
        try (PreparedStatement statement = aggregate(today, now); ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    rows.getObject(column);
                }
                int sign = rows.getInt(1);
                if ("LIVE".equals(rows.getString(3))) {
                    live.merge(State.valueOf(rows.getString(2)), sign * rows.getInt(4), Integer::sum);
                }
                answered += sign * rows.getLong(columns - 1);
                acknowledged += sign * rows.getLong(columns);
            }
        }
        live.values().removeIf(n -> n == 0);

        drain(prepare(signed("""
                SELECT %s, "REQUESTER_KEY", "OWNER_KEY", "ITEM_STATE", "PRESENCE", COUNT(*) FROM %s WHERE %s
                GROUP BY "REQUESTER_KEY", "OWNER_KEY", "ITEM_STATE", "PRESENCE"
                """), parts(spaceKey)));

        drain(weeklyCounts(weeks));

        // Grouped by page: the hidden pages' rows are left out as they are read.
        try (PreparedStatement statement = prepare("""
                SELECT "PAGE_ID", "OUTCOME", COUNT(*),
                       SUM(CASE WHEN "ITEM_STATE" IN ('ACCEPTED', 'DONE', 'SATISFIED') THEN 1 ELSE 0 END),
                       SUM(CASE WHEN "ITEM_STATE" IN ('DONE', 'SATISFIED') THEN 1 ELSE 0 END)
                FROM %s WHERE %s AND "PRESENCE" = 'LIVE' AND "OUTCOME" IS NOT NULL
                GROUP BY "PAGE_ID", "OUTCOME"
                """.formatted(items, IN_SPACE), spaceKey); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                if (!hidden.contains(rows.getLong(1))) {
                    for (int column = 2; column <= 5; column++) {
                        rows.getObject(column);
                    }
                }
            }
        }

        drain(median("ANSWER_MILLIS", viewable, answered));
        drain(median("ACK_MILLIS", viewable, acknowledged));

        drain(prepare("""
                SELECT i."ID", i."PAGE_ID", i."ITEM_STATE", i."PRESENCE", i."OWNER_KEY", i."REQUESTER_KEY", i."DUE",
                       i."AGREED_DUE", i."OUTCOME", i."CREATED_AT", i."STATE_SINCE", i."BODY_EXCERPT"
                FROM %1$s i JOIN (
                    SELECT "ID" FROM %1$s WHERE %2$s AND "PRESENCE" = 'LIVE'
                    ORDER BY CASE WHEN COALESCE("AGREED_DUE", "DUE") IS NULL THEN 1 ELSE 0 END, COALESCE("AGREED_DUE", "DUE"), "ID"
                    OFFSET 0 ROWS FETCH NEXT %3$d ROWS ONLY) k ON i."ID" = k."ID"
                ORDER BY CASE WHEN COALESCE(i."AGREED_DUE", i."DUE") IS NULL THEN 1 ELSE 0 END, COALESCE(i."AGREED_DUE", i."DUE"), i."ID"
                """.formatted(items, viewable, LIST_SIZE), spaceKey));

        String liveRows = "\"SPACE_KEY\" = ? AND \"PRESENCE\" = 'LIVE'" + notHidden;
        drain(prepare("SELECT \"ID\", \"PAGE_ID\", \"TITLE\", \"OWNER_KEY\", \"DUE\", \"OUTCOME_STATUS\" FROM " + outcomes
                + " WHERE " + liveRows + " ORDER BY \"PAGE_ID\", \"ID\"", spaceKey));
        drain(prepare("SELECT \"ID\", \"PAGE_ID\", \"SPONSOR_KEY\", \"UNTIL_DATE\", \"REVIEW_DATE\" FROM " + purposes
                + " WHERE " + liveRows, spaceKey));
        return live;
    }

    /**
     * (b): one row per sign, state and presence, so each row meets three conditions only; the last
     * two columns count the items with a time to answer and to acknowledge.
     */
    private PreparedStatement aggregate(LocalDate today, Instant now) throws SQLException {
        String sql = signed("""
                SELECT %s, "ITEM_STATE", "PRESENCE", COUNT(*),
                       SUM(CASE WHEN "ITEM_STATE" IN ('REQUESTED', 'OFFERED', 'COUNTERED', 'ACCEPTED')
                                 AND COALESCE("AGREED_DUE", "DUE") < ? THEN 1 ELSE 0 END),
                       SUM(CASE WHEN "STATE_SINCE" >= ? THEN 1 ELSE 0 END), SUM(CASE WHEN "STATE_SINCE" >= ? THEN 1 ELSE 0 END),
                       MIN("STATE_SINCE"), SUM("ON_TIME_ORIGINAL"), COUNT("ON_TIME_ORIGINAL"), SUM("ON_TIME_LAST"),
                       COUNT("ON_TIME_LAST"), SUM("ANSWERED"), SUM("DECLINED"), SUM("RENEGOTIATED"),
                       COUNT("ANSWER_MILLIS"), COUNT("ACK_MILLIS")
                FROM %s WHERE %s GROUP BY "ITEM_STATE", "PRESENCE"
                """);
        return prepare(sql, parts(today.toString(), INSTANT.format(now.minus(Duration.ofDays(30))),
                INSTANT.format(now.minus(Duration.ofDays(90))), spaceKey));
    }

    /**
     * A statement for figures that add up, each row led by its sign: the whole space's rows (+1)
     * and, taken away, the hidden pages' rows (-1), which the page index finds; testing every row
     * against the hidden pages costs more (PostgreSQL 14 walks the list for each row).
     * {@code template} takes the sign, the items table and the rows' condition.
     */
    private String signed(String template) {
        String space = template.formatted("1", items, IN_SPACE);
        return onHidden.isEmpty() ? space : space + " UNION ALL " + template.formatted("-1", items, IN_SPACE + onHidden);
    }

    /** The parameters of one part of a {@link #signed} statement, once for each part. */
    private Object[] parts(Object... parameters) {
        int parts = onHidden.isEmpty() ? 1 : 2;
        Object[] all = new Object[parameters.length * parts];
        for (int part = 0; part < parts; part++) {
            System.arraycopy(parameters, 0, all, part * parameters.length, parameters.length);
        }
        return all;
    }

    /**
     * (d): items created and items satisfied in each chart week, in one pass over the rows created
     * or satisfied since the first week, counted per (creation week, satisfaction week). SATISFIED is
     * closed and only an acknowledgement reaches it, so a satisfied item's STATE_SINCE is when it was
     * acknowledged.
     */
    private PreparedStatement weeklyCounts(List<Instant> weeks) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String created = weekNumber("\"CREATED_AT\"", "", weeks, parameters);
        String satisfied = weekNumber("\"STATE_SINCE\"", " OR \"ITEM_STATE\" <> 'SATISFIED'", weeks, parameters);
        parameters.add(spaceKey);
        parameters.add(INSTANT.format(weeks.get(0)));
        parameters.add(INSTANT.format(weeks.get(0)));
        return prepare(signed("SELECT %s, CW, SW, COUNT(*) FROM (SELECT " + created + " CW, " + satisfied + " SW FROM %s"
                + " WHERE %s AND (\"CREATED_AT\" >= ? OR (\"ITEM_STATE\" = 'SATISFIED' AND \"STATE_SINCE\" >= ?))) T"
                + " GROUP BY CW, SW"), parts(parameters.toArray()));
    }

    /** The chart week a column's instant falls in, or -1 outside the chart or when {@code outside} holds. */
    private static String weekNumber(String column, String outside, List<Instant> weeks, List<Object> parameters) {
        StringBuilder cases = new StringBuilder("CASE WHEN " + column + " < ? OR " + column + " >= ?" + outside + " THEN -1");
        parameters.add(INSTANT.format(weeks.get(0)));
        parameters.add(INSTANT.format(weeks.get(WEEKS)));
        for (int week = 1; week < WEEKS; week++) {
            cases.append(" WHEN ").append(column).append(" < ? THEN ").append(week - 1);
            parameters.add(INSTANT.format(weeks.get(week)));
        }
        return cases.append(" ELSE ").append(WEEKS - 1).append(" END").toString();
    }

    /** (f): the middle one or two values of a metric column; the median is the one, or the mean of the two. */
    private PreparedStatement median(String column, String viewable, long count) throws SQLException {
        long offset = Math.max(0, (count - 1) / 2);
        return prepare("SELECT \"" + column + "\" FROM " + items + " WHERE " + viewable + " AND \"" + column + "\" IS NOT NULL"
                + " ORDER BY \"" + column + "\" OFFSET " + offset + " ROWS FETCH NEXT 2 ROWS ONLY", spaceKey);
    }

    /** The starts of the chart's weeks (Mondays in the report's zone) and the end of the last, as instants. */
    private List<Instant> weekStarts(LocalDate today) {
        LocalDate first = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1L);
        List<Instant> starts = new ArrayList<>();
        for (int week = 0; week <= WEEKS; week++) {
            starts.add(first.plusWeeks(week).atStartOfDay(zone).toInstant());
        }
        return starts;
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    /** Runs the statement and reads every column of every row, as a caller that uses the answer would. */
    private static void drain(PreparedStatement statement) throws SQLException {
        try (statement; ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    rows.getObject(column);
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
