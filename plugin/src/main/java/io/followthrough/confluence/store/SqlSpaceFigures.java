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
import io.followthrough.core.report.DurationSpread;
import io.followthrough.core.report.ItemOrder;
import io.followthrough.core.report.ItemSelection;
import io.followthrough.core.report.PageScope;
import io.followthrough.core.report.SpaceCounts;
import io.followthrough.core.report.SpaceTally;
import io.followthrough.core.report.TotalsRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The report's figures read in plain SQL (through SAL's transactional executor), because Active
 * Objects can only return whole rows: the figures that add up come from the space's tally, lists
 * and medians from the items' indexes. The SQL is portable (CASE, COALESCE, GROUP BY; paging as
 * {@link SqlText} words it for the database in use) and reads the tables the Active Objects
 * entities define.
 */
public final class SqlSpaceFigures implements SpaceFigures {
    private final TransactionalExecutorFactory executors;
    private final ZoneId zone;

    /** @param clock its zone decides on which day an item was created or satisfied, as for the store */
    public SqlSpaceFigures(TransactionalExecutorFactory transactionalExecutorFactory, Clock clock) {
        this.executors = transactionalExecutorFactory;
        this.zone = clock.getZone();
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
     * Read from the space's tally (see {@link SpaceTally}), less the items the scope leaves out
     * (those on hidden pages, and any newer than the scope) read in the same statement, so that
     * both are of one moment. When the hidden pages outnumber the visible ones, the visible pages'
     * items are read and counted here instead.
     */
    @Override
    public SpaceCounts counts(PageScope scope, TotalsRequest request) {
        SpaceTally tally = new SpaceTally();
        if (!scope.isEmpty()) {
            read(sql -> {
                boolean fromTally = scope.hiddenPages().size() <= scope.visiblePages().size();
                String items = "SELECT NULL AS TALLY_FACET, NULL AS TALLY_CODE, NULL AS TALLY_FIRST, NULL AS TALLY_SECOND, "
                        + "0 AS TALLY_ITEMS, " + sql.itemColumns() + ", " + sql.metricColumns() + " FROM " + sql.items() + " WHERE ";
                String newer = sql.newerThan(scope, "");
                String leftOut = scope.hiddenPages().isEmpty() ? newer : "(" + sql.onHiddenPages(scope, "") + " OR " + newer + ")";
                String select = !fromTally ? items + sql.inScope(scope, "")
                        : items + sql.q("SPACE_KEY") + " = ? AND " + leftOut + " UNION ALL SELECT " + sql.q("FACET") + ", "
                                + sql.q("CODE") + ", " + sql.q("FIRST_TEXT") + ", " + sql.q("SECOND_TEXT") + ", " + sql.q("ITEMS")
                                + ", NULL".repeat(SqlText.ITEM_AND_METRIC_COLUMNS) + " FROM " + sql.tally() + " WHERE "
                                + sql.q("SPACE_KEY") + " = ?";
                try (PreparedStatement s = sql.prepare(select)) {
                    if (fromTally) {
                        s.setString(1, scope.spaceKey());
                        s.setString(2, scope.spaceKey());
                    } else {
                        sql.bindScope(s, 1, scope);
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        // The tally's five columns by position: PostgreSQL hands back the unquoted labels in lower
                        // case, and a look-up by label then lower-cases it for every row.
                        while (rs.next()) {
                            String facet = rs.getString(1);
                            if (facet != null) {
                                tally.add(AoTallies.key(facet, rs.getString(2), rs.getString(3), rs.getString(4)), rs.getInt(5));
                            } else {
                                tally.add(item(rs), ItemMetricsColumns.read(rs), zone, fromTally ? -1 : 1);
                            }
                        }
                    }
                }
                return null;
            });
        }
        return new SpaceCounts(tally.totals(request), tally.weeks(request), tally.pairs(), tally.outcomeActions(), tally.spreads());
    }

    /**
     * Walks the (space, time, page, id, presence) index from the bucket that holds the middle value,
     * which the spread names, so it reads that bucket's share of the values, not half of them.
     */
    @Override
    public Optional<Duration> median(PageScope scope, DurationMetric metric, DurationSpread spread) {
        Optional<DurationSpread.Middle> where = spread.middle();
        if (where.isEmpty()) {
            return Optional.empty();
        }
        DurationSpread.Middle from = where.get();
        return read(sql -> {
            String column = sql.q(metric == DurationMetric.TIME_TO_ANSWER ? "ANSWER_MILLIS" : "ACK_MILLIS");
            String select = "SELECT " + column + " FROM " + sql.items() + " WHERE " + column + " IS NOT NULL AND " + column
                    + " >= " + from.fromMillis() + " AND " + sql.inScope(scope, "") + " ORDER BY " + column + " " + sql.page();
            try (PreparedStatement s = sql.prepare(select)) {
                int p = sql.bindScope(s, 1, scope);
                sql.bindPage(s, p, from.skip(), from.take());
                List<Long> middle = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        middle.add(rs.getLong(1));
                    }
                }
                if (middle.isEmpty()) {
                    return Optional.empty();
                }
                long sum = middle.stream().mapToLong(Long::longValue).sum();
                return Optional.of(Duration.ofMillis(sum).dividedBy(middle.size()));
            }
        });
    }

    /**
     * A page of the list is found on the narrow sort and filter columns first (for the default sort
     * PostgreSQL reads only the (space, presence, due sort key, id, page) index), and only
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

    /**
     * Walks the (space, state, time in state, id, page) index once per state, each walk stopping at
     * its first row on a page in scope, and keeps the oldest of those few rows: sorting every item in
     * those states cost a big space's report tens of milliseconds.
     */
    @Override
    public Optional<ActionItem> longestIn(PageScope scope, Set<State> states) {
        if (states.isEmpty()) {
            return Optional.empty();
        }
        return read(sql -> {
            String since = sql.q("STATE_SINCE") + ", " + sql.q("ID");
            List<String> walks = new ArrayList<>();
            for (int i = 0; i < states.size(); i++) {
                walks.add("SELECT * FROM (SELECT " + sql.itemColumns() + " FROM " + sql.items() + " WHERE " + sql.q("ITEM_STATE")
                        + " = ? AND " + sql.live() + " AND " + sql.inScope(scope, "") + " ORDER BY " + since + " " + sql.page()
                        + ") W" + i);
            }
            String select = "SELECT * FROM (" + String.join(" UNION ALL ", walks) + ") K ORDER BY " + since + " " + sql.page();
            try (PreparedStatement s = sql.prepare(select)) {
                int p = 1;
                for (State state : states.stream().sorted().toList()) {
                    s.setString(p, state.name());
                    p = sql.bindScope(s, p + 1, scope);
                    sql.bindPage(s, p, 0, 1);
                    p += 2;
                }
                sql.bindPage(s, p, 0, 1);
                return items(s).stream().findFirst();
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
            String overdue = sql.inStates(ItemSelection.OWED) + " AND " + sql.dueSort() + " < ?";
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
                items.add(item(rs));
            }
        }
        return items;
    }

    /** The item of a row holding {@link SqlText#itemColumns()}. */
    private static ActionItem item(ResultSet rs) throws SQLException {
        Terms terms = new Terms(AoColumns.text(rs.getString("OWNER_KEY")), AoColumns.text(rs.getString("REQUESTER_KEY")),
                rs.getString("BODY_HASH"), rs.getString("BODY_EXCERPT"), AoColumns.day(rs.getString("DUE")));
        return new ActionItem(rs.getLong("ID"), rs.getLong("PAGE_ID"), rs.getString("MACRO_ID"),
                rs.getString("SPACE_KEY"), Kind.valueOf(rs.getString("KIND")), terms,
                Optional.ofNullable(rs.getString("OUTCOME")), State.valueOf(rs.getString("ITEM_STATE")),
                rs.getInt("VERSION"), rs.getInt("TERMS_VERSION"), AoColumns.day(rs.getString("AGREED_DUE")),
                AoColumns.day(rs.getString("COUNTER_DUE")), Presence.valueOf(rs.getString("PRESENCE")),
                instant(rs.getString("CREATED_AT")), instant(rs.getString("STATE_SINCE")));
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
