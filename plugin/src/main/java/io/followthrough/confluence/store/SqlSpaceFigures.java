package io.followthrough.confluence.store;

import static io.followthrough.confluence.store.AoColumns.instant;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.Kind;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.commitment.State;
import io.followthrough.core.commitment.Terms;
import io.followthrough.core.port.SpaceFigures;
import io.followthrough.core.report.DurationMetric;
import io.followthrough.core.report.ItemOrder;
import io.followthrough.core.report.ItemSelection;
import io.followthrough.core.report.OutcomeActions;
import io.followthrough.core.report.PageScope;
import io.followthrough.core.report.PairCounts;
import io.followthrough.core.report.Rate;
import io.followthrough.core.report.SpaceTotals;
import io.followthrough.core.report.TotalsRequest;
import io.followthrough.core.report.WeeklyCounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The report's figures added up by the database in plain SQL (through SAL's transactional
 * executor), because Active Objects can only return whole rows: a report over 100,000 items reads a
 * few hundred grouped rows instead. The SQL is portable (CASE, COALESCE, GROUP BY; paging as
 * {@link SqlText} words it for the database in use) and reads the tables the Active Objects
 * entities define.
 */
public final class SqlSpaceFigures implements SpaceFigures {
    private static final Set<State> PROMISED = Set.of(State.ACCEPTED, State.DONE, State.SATISFIED);
    private static final Set<State> DELIVERED = Set.of(State.DONE, State.SATISFIED);

    private final TransactionalExecutorFactory executors;

    public SqlSpaceFigures(TransactionalExecutorFactory transactionalExecutorFactory) {
        this.executors = transactionalExecutorFactory;
    }

    @Override
    public PageScope scope(String spaceKey, Set<Long> viewablePageIds) {
        return read(sql -> {
            Set<Long> visible = new HashSet<>();
            Set<Long> hidden = new HashSet<>();
            long lastItemId = 0;
            // Reads only the (SPACE_KEY, PAGE_ID, ID) index; items on trashed pages are left out by every figure.
            try (PreparedStatement s = sql.prepare("SELECT " + sql.q("PAGE_ID") + ", MAX(" + sql.q("ID") + ") FROM "
                    + sql.items() + " WHERE " + sql.q("SPACE_KEY") + " = ? GROUP BY " + sql.q("PAGE_ID"))) {
                s.setString(1, spaceKey);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long pageId = rs.getLong(1);
                        (viewablePageIds.contains(pageId) ? visible : hidden).add(pageId);
                        lastItemId = Math.max(lastItemId, rs.getLong(2));
                    }
                }
            }
            return new PageScope(spaceKey, visible, hidden, lastItemId);
        });
    }

    /**
     * One row per state and presence, so that each row is tested against three conditions only
     * (a CASE per state and per figure made every row pay for forty); the flags of the metric
     * columns are 0 or 1, so their sums count the ones.
     */
    @Override
    public SpaceTotals totals(PageScope scope, TotalsRequest request) {
        return read(sql -> {
            String since = sql.q("STATE_SINCE");
            String columns = sql.q("ITEM_STATE") + ", " + sql.q("PRESENCE") + ", COUNT(*), "
                    + sql.countIf(sql.inStates(ItemSelection.OWED) + " AND " + sql.effectiveDue() + " < ?") + ", "
                    + sql.countIf(since + " >= ?") + ", " + sql.countIf(since + " >= ?") + ", "
                    + sumAndCount(sql, "ON_TIME_ORIGINAL") + ", " + sumAndCount(sql, "ON_TIME_LAST") + ", "
                    + "SUM(" + sql.q("ANSWERED") + "), SUM(" + sql.q("DECLINED") + "), SUM(" + sql.q("RENEGOTIATED") + "), "
                    + "COUNT(" + sql.q("ANSWER_MILLIS") + "), COUNT(" + sql.q("ACK_MILLIS") + ")";
            String select = signed(sql, scope, (sign, rows) -> "SELECT " + sign + ", " + columns + " FROM " + sql.items()
                    + " WHERE " + rows + " GROUP BY " + sql.q("ITEM_STATE") + ", " + sql.q("PRESENCE"));
            try (PreparedStatement s = sql.prepare(select)) {
                bindSigned(sql, s, scope, List.of(request.today().toString(), instant(request.since30()),
                        instant(request.since90())), List.of());
                Map<State, Integer> byState = new EnumMap<>(State.class);
                int[] sums = new int[13];
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        int sign = rs.getInt(1);
                        State state = State.valueOf(rs.getString(2));
                        if (Presence.LIVE.name().equals(rs.getString(3))) {
                            byState.merge(state, sign * rs.getInt(4), Integer::sum);
                            sums[0] += sign * rs.getInt(5);
                            if (state == State.SATISFIED) {
                                sums[1] += sign * rs.getInt(6);
                                sums[2] += sign * rs.getInt(7);
                            }
                        }
                        sums[3] += sign * rs.getInt(4);
                        for (int c = 8; c <= 16; c++) {
                            sums[c - 4] += sign * rs.getInt(c);
                        }
                    }
                }
                byState.values().removeIf(n -> n == 0);
                return new SpaceTotals(byState, sums[0], sums[1], sums[2], sums[3], new Rate(sums[4], sums[5]),
                        new Rate(sums[6], sums[7]), sums[8], sums[9], sums[10], sums[11], sums[12]);
            }
        });
    }

    private static String sumAndCount(SqlText sql, String column) {
        return "SUM(" + sql.q(column) + "), COUNT(" + sql.q(column) + ")";
    }

    /**
     * Both weekly series in one pass over the items created or satisfied since the first week: each
     * row gets the number of its creation week and of its satisfaction week (-1 outside the chart)
     * and the rows are counted per pair of numbers. SATISFIED is closed and only an acknowledgement
     * reaches it, so an item satisfied in a week is that week's one acknowledgement of it, and its
     * {@code STATE_SINCE} is when it came; this reads no history.
     */
    @Override
    public WeeklyCounts weeks(PageScope scope, TotalsRequest request) {
        return read(sql -> {
            String created = sql.q("CREATED_AT");
            String since = sql.q("STATE_SINCE");
            String satisfied = sql.q("ITEM_STATE") + " = '" + State.SATISFIED.name() + "'";
            String weeks = weekNumber(created, "", request.weeks()) + " CW, "
                    + weekNumber(since, " OR NOT (" + satisfied + ")", request.weeks()) + " SW";
            String select = signed(sql, scope, (sign, rows) -> "SELECT " + sign + ", CW, SW, COUNT(*) FROM (SELECT " + weeks
                    + " FROM " + sql.items() + " WHERE " + rows + " AND (" + created + " >= ? OR (" + satisfied + " AND "
                    + since + " >= ?))) T GROUP BY CW, SW");
            try (PreparedStatement s = sql.prepare(select)) {
                List<Object> bounds = new ArrayList<>();
                for (int series = 0; series < 2; series++) {
                    bounds.add(instant(request.weekBounds().get(0)));
                    bounds.add(instant(request.weekBounds().get(request.weeks())));
                    for (int w = 1; w < request.weeks(); w++) {
                        bounds.add(instant(request.weekBounds().get(w)));
                    }
                }
                String firstWeek = instant(request.weekBounds().get(0));
                bindSigned(sql, s, scope, bounds, List.of(firstWeek, firstWeek));
                int[] createdPerWeek = new int[request.weeks()];
                int[] satisfiedPerWeek = new int[request.weeks()];
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        int n = rs.getInt(1) * rs.getInt(4);
                        if (rs.getInt(2) >= 0) {
                            createdPerWeek[rs.getInt(2)] += n;
                        }
                        if (rs.getInt(3) >= 0) {
                            satisfiedPerWeek[rs.getInt(3)] += n;
                        }
                    }
                }
                return new WeeklyCounts(createdPerWeek, satisfiedPerWeek);
            }
        });
    }

    /**
     * The week an instant column falls in, 0 to weeks - 1, or -1 before the first week, from the end
     * of the last, or when {@code outside} holds; binds the first week's start, the last week's end,
     * then the start of every week after the first.
     */
    private static String weekNumber(String column, String outside, int weeks) {
        StringBuilder cases = new StringBuilder("CASE WHEN ").append(column).append(" < ? OR ").append(column)
                .append(" >= ?").append(outside).append(" THEN -1");
        for (int w = 1; w < weeks; w++) {
            cases.append(" WHEN ").append(column).append(" < ? THEN ").append(w - 1);
        }
        return cases.append(" ELSE ").append(weeks - 1).append(" END").toString();
    }

    /**
     * Counted per requester, owner, state and presence and put together here: grouping costs the
     * database less than testing every row against a condition per state.
     */
    @Override
    public List<PairCounts> pairs(PageScope scope) {
        return read(sql -> {
            String keys = sql.q("REQUESTER_KEY") + ", " + sql.q("OWNER_KEY") + ", " + sql.q("ITEM_STATE") + ", " + sql.q("PRESENCE");
            String select = signed(sql, scope, (sign, rows) -> "SELECT " + sign + ", " + keys + ", COUNT(*) FROM "
                    + sql.items() + " WHERE " + rows + " GROUP BY " + keys);
            try (PreparedStatement s = sql.prepare(select)) {
                bindSigned(sql, s, scope, List.of(), List.of());
                Map<List<String>, Map<State, Integer>> live = new LinkedHashMap<>();
                Map<List<String>, Integer> removed = new HashMap<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        int n = rs.getInt(1) * rs.getInt(6);
                        List<String> pair = List.of(AoColumns.text(rs.getString(2)), AoColumns.text(rs.getString(3)));
                        Map<State, Integer> byState = live.computeIfAbsent(pair, p -> new EnumMap<>(State.class));
                        if (Presence.LIVE.name().equals(rs.getString(5))) {
                            byState.merge(State.valueOf(rs.getString(4)), n, Integer::sum);
                        } else {
                            removed.merge(pair, n, Integer::sum);
                        }
                    }
                }
                List<PairCounts> pairs = new ArrayList<>();
                live.forEach((pair, byState) -> {
                    byState.values().removeIf(n -> n == 0);
                    int removedItems = removed.getOrDefault(pair, 0);
                    // A pair whose every item is on a hidden page was counted and taken away again.
                    if (!byState.isEmpty() || removedItems > 0) {
                        pairs.add(new PairCounts(pair.get(0), pair.get(1), byState, removedItems));
                    }
                });
                return pairs;
            }
        });
    }

    /**
     * The statement for a figure that adds up, each row led by its sign: over the scope (+1), or,
     * when cheaper (see {@link SqlText#subtractsHidden}), over the whole space (+1) and, taken away,
     * over the hidden pages (-1). {@code branch} writes one part from its sign and its condition on
     * the rows; bind with {@link #bindSigned}.
     */
    private static String signed(SqlText sql, PageScope scope, BiFunction<String, String, String> branch) {
        if (!sql.subtractsHidden(scope)) {
            return branch.apply("1", sql.inScope(scope, ""));
        }
        return branch.apply("1", sql.inSpace("")) + " UNION ALL "
                + branch.apply("-1", sql.inSpace("") + " AND " + sql.onHiddenPages(scope, ""));
    }

    /** Binds each part of a {@link #signed} statement: the values before its rows' condition, the scope's, those after. */
    private static void bindSigned(SqlText sql, PreparedStatement statement, PageScope scope, List<Object> before,
                                   List<Object> after) throws SQLException {
        int p = 1;
        for (int part = 0; part < (sql.subtractsHidden(scope) ? 2 : 1); part++) {
            p = sql.bind(statement, sql.bindScope(statement, sql.bind(statement, p, before), scope), after);
        }
    }

    @Override
    public List<OutcomeActions> outcomeActions(PageScope scope) {
        return read(sql -> {
            // Grouped by page, so the hidden pages' rows are left out here rather than tested for in every row.
            boolean leaveOutHere = sql.subtractsHidden(scope);
            String select = "SELECT " + sql.q("PAGE_ID") + ", " + sql.q("OUTCOME") + ", " + sql.countIf(sql.live())
                    + ", " + sql.countIf(sql.live() + " AND " + sql.inStates(PROMISED))
                    + ", " + sql.countIf(sql.live() + " AND " + sql.inStates(DELIVERED))
                    + " FROM " + sql.items() + " WHERE " + sql.q("OUTCOME") + " IS NOT NULL AND "
                    + (leaveOutHere ? sql.inSpace("") : sql.inScope(scope, ""))
                    + " GROUP BY " + sql.q("PAGE_ID") + ", " + sql.q("OUTCOME");
            try (PreparedStatement s = sql.prepare(select)) {
                sql.bindScope(s, 1, scope);
                List<OutcomeActions> actions = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (!leaveOutHere || scope.visiblePages().contains(rs.getLong(1))) {
                            actions.add(new OutcomeActions(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                                    rs.getInt(5)));
                        }
                    }
                }
                return actions;
            }
        });
    }

    @Override
    public Optional<Duration> median(PageScope scope, DurationMetric metric, int count) {
        return read(sql -> {
            String column = sql.q(metric == DurationMetric.TIME_TO_ANSWER ? "ANSWER_MILLIS" : "ACK_MILLIS");
            String select = "SELECT " + column + " FROM " + sql.items() + " WHERE " + column + " IS NOT NULL AND "
                    + sql.inScope(scope, "") + " ORDER BY " + column + " " + sql.page();
            try (PreparedStatement s = sql.prepare(select)) {
                int p = sql.bindScope(s, 1, scope);
                // The middle value, or the middle two for an even count.
                sql.bindPage(s, p, Math.max(0, (count - 1) / 2), count % 2 == 0 ? 2 : 1);
                List<Long> middle = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        middle.add(rs.getLong(1));
                    }
                }
                if (count == 0 || middle.isEmpty()) {
                    return Optional.empty();
                }
                long sum = middle.stream().mapToLong(Long::longValue).sum();
                return Optional.of(Duration.ofMillis(sum).dividedBy(middle.size()));
            }
        });
    }

    /**
     * A page of the list is found on the narrow sort and filter columns first (for the default sort
     * PostgreSQL reads only the (space, presence, agreed date, due date, page, id) index), and only
     * its rows are read whole; the whole list (for export) is read in one go.
     */
    @Override
    public List<ActionItem> list(PageScope scope, ItemSelection selection, ItemOrder order, int offset, int limit) {
        return read(sql -> {
            List<Object> filters = new ArrayList<>();
            List<Object> ordering = new ArrayList<>();
            String where = sql.selection(selection, filters) + " AND " + sql.inScope(scope, "");
            String orderBy = sql.orderBy(order, ordering);
            if (limit <= 0) {
                try (PreparedStatement s = sql.prepare("SELECT " + sql.itemColumns() + " FROM " + sql.items() + " WHERE "
                        + where + " ORDER BY " + orderBy)) {
                    sql.bind(s, sql.bindScope(s, sql.bind(s, 1, filters), scope), ordering);
                    return items(s);
                }
            }
            String select = "SELECT " + sql.itemColumns("I.") + " FROM " + sql.items() + " I JOIN (SELECT " + sql.q("ID")
                    + " FROM " + sql.items() + " WHERE " + where + " ORDER BY " + orderBy + " " + sql.page() + ") K ON I."
                    + sql.q("ID") + " = K." + sql.q("ID") + " ORDER BY " + sql.orderBy(order, new ArrayList<>(), "I.");
            try (PreparedStatement s = sql.prepare(select)) {
                int p = sql.bind(s, 1, filters);
                p = sql.bindScope(s, p, scope);
                p = sql.bind(s, p, ordering);
                sql.bindPage(s, p, offset, limit);
                sql.bind(s, p + 2, ordering);
                return items(s);
            }
        });
    }

    @Override
    public int count(PageScope scope, ItemSelection selection) {
        return read(sql -> {
            List<Object> parameters = new ArrayList<>();
            String select = "SELECT COUNT(*) FROM " + sql.items() + " WHERE " + sql.selection(selection, parameters)
                    + " AND " + sql.inScope(scope, "");
            try (PreparedStatement s = sql.prepare(select)) {
                sql.bindScope(s, sql.bind(s, 1, parameters), scope);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public List<ActionItem> needingAttention(PageScope scope, LocalDate today, int limit) {
        return read(sql -> {
            String overdue = sql.inStates(ItemSelection.OWED) + " AND " + sql.effectiveDue() + " < ?";
            String select = "SELECT " + sql.itemColumns() + " FROM " + sql.items() + " WHERE " + sql.live()
                    + " AND (" + overdue + " OR " + sql.inStates(ItemSelection.AWAITING_ANSWER) + ") AND "
                    + sql.inScope(scope, "") + " ORDER BY CASE WHEN " + overdue + " THEN 0 ELSE 1 END, "
                    + sql.q("STATE_SINCE") + ", " + sql.q("ID") + " " + sql.page();
            try (PreparedStatement s = sql.prepare(select)) {
                s.setString(1, today.toString());
                int p = sql.bindScope(s, 2, scope);
                s.setString(p++, today.toString());
                sql.bindPage(s, p, 0, limit);
                return items(s);
            }
        });
    }

    private static List<ActionItem> items(PreparedStatement statement) throws SQLException {
        List<ActionItem> items = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                Terms terms = new Terms(AoColumns.text(rs.getString("OWNER_KEY")), AoColumns.text(rs.getString("REQUESTER_KEY")),
                        rs.getString("BODY_HASH"), rs.getString("BODY_EXCERPT"), AoColumns.day(rs.getString("DUE")));
                items.add(new ActionItem(rs.getLong("ID"), rs.getLong("PAGE_ID"), rs.getString("MACRO_ID"),
                        rs.getString("SPACE_KEY"), Kind.valueOf(rs.getString("KIND")), terms,
                        Optional.ofNullable(rs.getString("OUTCOME")), State.valueOf(rs.getString("ITEM_STATE")),
                        rs.getInt("VERSION"), rs.getInt("TERMS_VERSION"), AoColumns.day(rs.getString("AGREED_DUE")),
                        AoColumns.day(rs.getString("COUNTER_DUE")), Presence.valueOf(rs.getString("PRESENCE")),
                        instant(rs.getString("CREATED_AT")), instant(rs.getString("STATE_SINCE"))));
            }
        }
        return items;
    }

    private <T> T read(SqlWork<T> work) {
        return executors.createExecutor(true, false).execute(connection -> {
            try {
                return work.run(new SqlText(connection));
            } catch (SQLException e) {
                throw new IllegalStateException("Reading report figures failed: " + e.getMessage(), e);
            }
        });
    }

    /** One query's work on a connection. */
    private interface SqlWork<T> {
        T run(SqlText sql) throws SQLException;
    }

}
