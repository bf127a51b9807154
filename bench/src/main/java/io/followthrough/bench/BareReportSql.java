package io.followthrough.bench;

import io.followthrough.core.commitment.State;
import io.followthrough.core.report.DurationSpread;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The SQL the space outcome report needs, written by hand in plain JDBC on its own connection: the
 * floor the report is measured against (DESIGN §6: within 2× of the bare SQL). One run is these
 * statements, every row read:
 * <ol type="a">
 *   <li>item counts per page of the space;</li>
 *   <li>the space's tally rows (the counts the store keeps per state, pair, due day, day created,
 *       day satisfied and outcome) and, in the same statement, every column of the items on the
 *       pages the viewer may not view, whose share is taken away;</li>
 *   <li>the oldest item awaiting an answer, as the oldest of each awaiting state's oldest;</li>
 *   <li>the two medians, time to answer and time to acknowledge, by ORDER BY … OFFSET/FETCH from
 *       the start of the duration bucket that holds the middle, which (b)'s tally rows say;</li>
 *   <li>the first 25 rows of the item list by the stored due sort key (the effective due date,
 *       missing dates last), then id, found on the ids first;</li>
 *   <li>the space's outcome rows and purpose rows.</li>
 * </ol>
 * "The viewer's items" are the space's items not on trashed pages and not on the pages the viewer
 * may not view, which are written into the statements as literals.
 */
final class BareReportSql implements AutoCloseable {
    /** Statements in one run: (a) to (c), two for (d), (e), two for (f). */
    static final int STATEMENTS = 7;
    private static final int LIST_SIZE = 25;
    /** The item columns (b) reads for a hidden page's item; state and presence first. */
    private static final String ITEM_COLUMNS = "\"ITEM_STATE\", \"PRESENCE\", \"ANSWER_MILLIS\", \"ACK_MILLIS\", \"ID\", "
            + "\"PAGE_ID\", \"MACRO_ID\", \"SPACE_KEY\", \"KIND\", \"OWNER_KEY\", \"REQUESTER_KEY\", \"BODY_HASH\", "
            + "\"BODY_EXCERPT\", \"DUE\", \"OUTCOME\", \"VERSION\", \"TERMS_VERSION\", \"AGREED_DUE\", \"COUNTER_DUE\", "
            + "\"CREATED_AT\", \"STATE_SINCE\", \"ON_TIME_ORIGINAL\", \"ON_TIME_LAST\", \"ANSWERED\", \"DECLINED\", "
            + "\"RENEGOTIATED\"";
    private static final int ITEM_COLUMN_COUNT = 26;

    private final Connection connection;
    private final String items;
    private final String tally;
    private final String outcomes;
    private final String purposes;
    private final String spaceKey;
    private final String notHidden;
    private final String onHidden;
    /** Each statement's time in every run, by its letter, in the order they run. */
    private final Map<String, List<Long>> timings = new LinkedHashMap<>();

    /**
     * @param tablePrefix   the plugin's Active Objects table prefix, e.g. {@code AO_5033A6_}
     * @param hiddenPageIds the pages the viewer may not view
     */
    BareReportSql(String jdbcUrl, String tablePrefix, String spaceKey, Collection<Long> hiddenPageIds) throws SQLException {
        this.connection = DriverManager.getConnection(jdbcUrl);
        this.items = table(tablePrefix, "ACTION_ITEM");
        this.tally = table(tablePrefix, "TALLY_COUNT");
        this.outcomes = table(tablePrefix, "OUTCOME");
        this.purposes = table(tablePrefix, "PURPOSE");
        this.spaceKey = spaceKey;
        String pages = hiddenPageIds.stream().map(String::valueOf).collect(Collectors.joining(", "));
        this.notHidden = hiddenPageIds.isEmpty() ? "" : " AND NOT (\"PAGE_ID\" IN (" + pages + "))";
        this.onHidden = hiddenPageIds.isEmpty() ? " AND 1 = 0" : " AND \"PAGE_ID\" IN (" + pages + ")";
    }

    private static String table(String prefix, String name) {
        return "\"" + prefix + name + "\"";
    }

    /** Runs (a) to (f) once; returns the live items per state that (b) counted. */
    Map<State, Integer> run() throws SQLException {
        String viewable = "\"SPACE_KEY\" = ? AND \"PRESENCE\" <> 'PAGE_TRASHED'" + notHidden;

        drain("a", prepare("SELECT \"PAGE_ID\", COUNT(*) FROM " + items + " WHERE \"SPACE_KEY\" = ? GROUP BY \"PAGE_ID\"", spaceKey));

        Map<State, Integer> live = new EnumMap<>(State.class);
        // Items per duration bucket, for where the medians start: ANSWER_MILLIS and ACK_MILLIS.
        Map<Integer, Integer> answers = new HashMap<>();
        Map<Integer, Integer> acknowledgements = new HashMap<>();
        String counts = "SELECT \"FACET\", \"CODE\", \"FIRST_TEXT\", \"SECOND_TEXT\", \"ITEMS\"" + ", NULL".repeat(ITEM_COLUMN_COUNT)
                + " FROM " + tally + " WHERE \"SPACE_KEY\" = ? UNION ALL SELECT NULL, NULL, NULL, NULL, 0, " + ITEM_COLUMNS
                + " FROM " + items + " WHERE \"SPACE_KEY\" = ? AND \"PRESENCE\" <> 'PAGE_TRASHED'" + onHidden;
        long countsStart = System.nanoTime();
        try (PreparedStatement statement = prepare(counts, spaceKey, spaceKey); ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    rows.getObject(column);
                }
                if (rows.getString(1) == null) {
                    // A hidden page's item: taken away.
                    if ("LIVE".equals(rows.getString(7))) {
                        live.merge(State.valueOf(rows.getString(6)), -1, Integer::sum);
                    }
                    if (rows.getObject(8) != null) {
                        answers.merge(DurationSpread.bucketOf(rows.getLong(8)), -1, Integer::sum);
                    }
                    if (rows.getObject(9) != null) {
                        acknowledgements.merge(DurationSpread.bucketOf(rows.getLong(9)), -1, Integer::sum);
                    }
                } else if ("TOTALS".equals(rows.getString(1))) {
                    // Code: state, presence, then flags.
                    String[] words = rows.getString(2).split(" ");
                    if ("LIVE".equals(words[1])) {
                        live.merge(State.valueOf(words[0]), rows.getInt(5), Integer::sum);
                    }
                } else if ("DURATION".equals(rows.getString(1))) {
                    // Code: the duration and its bucket.
                    String[] words = rows.getString(2).split(" ");
                    (words[0].equals("TIME_TO_ANSWER") ? answers : acknowledgements)
                            .merge(Integer.parseInt(words[1]), rows.getInt(5), Integer::sum);
                }
            }
        }
        took("b", countsStart);
        live.values().removeIf(n -> n == 0);

        String oldest = "SELECT * FROM (SELECT %1$s FROM %2$s WHERE \"ITEM_STATE\" = '%4$s' AND %3$s AND \"PRESENCE\" = 'LIVE'"
                + " ORDER BY \"STATE_SINCE\", \"ID\" OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY) %4$s";
        drain("c", prepare("SELECT * FROM (" + Stream.of("REQUESTED", "OFFERED", "COUNTERED")
                .map(state -> oldest.formatted(ITEM_COLUMNS, items, viewable, state)).collect(Collectors.joining(" UNION ALL "))
                + ") k ORDER BY \"STATE_SINCE\", \"ID\" OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY", spaceKey, spaceKey, spaceKey));

        drain("d1", median("ANSWER_MILLIS", viewable, DurationSpread.of(answers)));
        drain("d2", median("ACK_MILLIS", viewable, DurationSpread.of(acknowledgements)));

        drain("e", prepare("""
                SELECT i."ID", i."PAGE_ID", i."ITEM_STATE", i."PRESENCE", i."OWNER_KEY", i."REQUESTER_KEY", i."DUE",
                       i."AGREED_DUE", i."OUTCOME", i."CREATED_AT", i."STATE_SINCE", i."BODY_EXCERPT"
                FROM %1$s i JOIN (
                    SELECT "ID" FROM %1$s WHERE %2$s AND "PRESENCE" = 'LIVE'
                    ORDER BY "DUE_SORT", "ID"
                    OFFSET 0 ROWS FETCH NEXT %3$d ROWS ONLY) k ON i."ID" = k."ID"
                ORDER BY i."DUE_SORT", i."ID"
                """.formatted(items, viewable, LIST_SIZE), spaceKey));

        String liveRows = "\"SPACE_KEY\" = ? AND \"PRESENCE\" = 'LIVE'" + notHidden;
        drain("f1", prepare("SELECT \"ID\", \"PAGE_ID\", \"TITLE\", \"OWNER_KEY\", \"DUE\", \"OUTCOME_STATUS\" FROM " + outcomes
                + " WHERE " + liveRows + " ORDER BY \"PAGE_ID\", \"ID\"", spaceKey));
        drain("f2", prepare("SELECT \"ID\", \"PAGE_ID\", \"SPONSOR_KEY\", \"UNTIL_DATE\", \"REVIEW_DATE\" FROM " + purposes
                + " WHERE " + liveRows, spaceKey));
        return live;
    }

    /**
     * (d): the middle one or two values of a metric column, read from the start of the bucket that
     * holds them; the median is the one, or the mean of the two.
     */
    private PreparedStatement median(String column, String viewable, DurationSpread spread) throws SQLException {
        DurationSpread.Middle middle = spread.middle().orElse(new DurationSpread.Middle(Long.MIN_VALUE, 0, 1));
        return prepare("SELECT \"" + column + "\" FROM " + items + " WHERE " + viewable + " AND \"" + column + "\" IS NOT NULL"
                + " AND \"" + column + "\" >= " + middle.fromMillis() + " ORDER BY \"" + column + "\" OFFSET " + middle.skip()
                + " ROWS FETCH NEXT " + middle.take() + " ROWS ONLY", spaceKey);
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    /**
     * Runs the statement and reads every column of every row, as a caller that uses the answer
     * would; the time goes under the statement's letter.
     */
    private void drain(String letter, PreparedStatement statement) throws SQLException {
        long start = System.nanoTime();
        try (statement; ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    rows.getObject(column);
                }
            }
        }
        took(letter, start);
    }

    private void took(String letter, long start) {
        timings.computeIfAbsent(letter, l -> new ArrayList<>()).add(System.nanoTime() - start);
    }

    /** Forgets the times of the runs so far (the warm-up runs). */
    void forgetTimes() {
        timings.clear();
    }

    /** Each statement's median time over the runs since {@link #forgetTimes}, by letter: "a 21.0 ms, b 80.5 ms, ...". */
    String medians() {
        return timings.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.1f ms", e.getKey(),
                new Measurement(e.getKey(), e.getValue(), 1, "").medianMillis())).collect(Collectors.joining(", "));
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
