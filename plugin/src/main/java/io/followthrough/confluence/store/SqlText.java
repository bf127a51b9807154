package io.followthrough.confluence.store;

import io.followthrough.core.commitment.Presence;
import io.followthrough.core.commitment.State;
import io.followthrough.core.report.DueWindow;
import io.followthrough.core.report.ItemOrder;
import io.followthrough.core.report.ItemSelection;
import io.followthrough.core.report.PageScope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words the report's SQL for the database behind a connection: the Active Objects table and column
 * names quoted as the database quotes them, the scope of pages a viewer may see, filters, sorts and
 * paging. Values from users are always bound; only numbers and enum names are written into the text.
 */
final class SqlText {
    /** Active Objects' table prefix for this plugin's namespace. */
    static final String TABLE_PREFIX = "AO_5033A6_";
    /** Long lists are split so no IN list passes the 1,000 entries some databases allow. */
    private static final int IN_LIST = 1000;

    private final Connection connection;
    private final String quote;
    private final boolean limitOffset;

    SqlText(Connection connection) throws SQLException {
        this.connection = connection;
        String identifierQuote = connection.getMetaData().getIdentifierQuoteString();
        this.quote = identifierQuote == null || identifierQuote.isBlank() ? "" : identifierQuote.strip();
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        // MySQL and MariaDB lack the standard OFFSET … FETCH; every other database Confluence runs on has it.
        this.limitOffset = product.contains("mysql") || product.contains("mariadb");
    }

    PreparedStatement prepare(String sql) throws SQLException {
        return connection.prepareStatement(sql);
    }

    /** A quoted column or table name. */
    String q(String name) {
        return quote + name + quote;
    }

    String items() {
        return q(TABLE_PREFIX + "ACTION_ITEM");
    }

    /** The tally of counts kept per space ({@link AoTallyCount}). */
    String tally() {
        return q(TABLE_PREFIX + "TALLY_COUNT");
    }

    String outcomes() {
        return q(TABLE_PREFIX + "OUTCOME");
    }

    String purposes() {
        return q(TABLE_PREFIX + "PURPOSE");
    }

    /** How many columns {@link #itemColumns()} and {@link #metricColumns()} name together. */
    static final int ITEM_AND_METRIC_COLUMNS = 26;

    /** The columns {@link ItemMetricsColumns#read} reads. */
    String metricColumns() {
        return Arrays.stream(ItemMetricsColumns.NAMES).map(this::q).collect(Collectors.joining(", "));
    }

    String itemColumns() {
        return itemColumns("");
    }

    /** The item columns, each prefixed with a table alias (e.g. {@code "i."}) or none. */
    String itemColumns(String alias) {
        return Arrays.stream(new String[] {"ID", "PAGE_ID", "MACRO_ID", "SPACE_KEY", "KIND", "OWNER_KEY", "REQUESTER_KEY",
                "BODY_HASH", "BODY_EXCERPT", "DUE", "OUTCOME", "ITEM_STATE", "VERSION", "TERMS_VERSION", "AGREED_DUE",
                "COUNTER_DUE", "PRESENCE", "CREATED_AT", "STATE_SINCE"}).map(c -> alias + q(c)).collect(Collectors.joining(", "));
    }

    /** 1 for each row the condition holds for, summed. */
    String countIf(String condition) {
        return "SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
    }

    String live() {
        return q("PRESENCE") + " = '" + Presence.LIVE.name() + "'";
    }

    String inStates(Set<State> states) {
        return q("ITEM_STATE") + " IN (" + states.stream().sorted().map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(", ")) + ")";
    }

    /** The items' due sort key: the effective due day as text, or {@link AoColumns#NO_DUE_DATE}, which is after every day. */
    String dueSort() {
        return q("DUE_SORT");
    }

    /**
     * The scope's rows: the space, not on a trashed page, no newer than the scope, and not on a
     * hidden page — written as the shorter of "not on the hidden pages" and "on the visible pages".
     * Binds one value (see {@link #bindScope}).
     */
    String inScope(PageScope scope, String alias) {
        if (scope.isEmpty()) {
            return inSpace(scope, alias) + " AND 1 = 0";
        }
        boolean exclude = scope.hiddenPages().size() <= scope.visiblePages().size();
        Set<Long> pages = exclude ? scope.hiddenPages() : scope.visiblePages();
        if (pages.isEmpty()) {
            return inSpace(scope, alias);
        }
        return inSpace(scope, alias) + (exclude ? " AND NOT " : " AND ") + onPages(pages, alias);
    }

    /**
     * Whether a figure that adds up is better read as the whole space's less the hidden pages'
     * share: when there are hidden pages and they are the shorter list. Testing every row against
     * a list of hidden pages is what costs: PostgreSQL 14 walks a NOT IN list (and NOT (… IN …),
     * which it turns into one) for each row, while the hidden pages' own rows are few and found by
     * the page index.
     */
    boolean subtractsHidden(PageScope scope) {
        return !scope.isEmpty() && !scope.hiddenPages().isEmpty() && scope.hiddenPages().size() <= scope.visiblePages().size();
    }

    /**
     * The space's rows not on a trashed page and no newer than the scope; binds one value (see
     * {@link #bindScope}). The scope's last id is written into the statement, as page ids are: a
     * statement run often gets one plan for any bound values (PostgreSQL's generic plan), which
     * guesses that a bound id range holds a third of the rows; written out, the planner sees how
     * many it holds.
     */
    String inSpace(PageScope scope, String alias) {
        return alias + q("SPACE_KEY") + " = ? AND " + alias + q("PRESENCE") + " <> '" + Presence.PAGE_TRASHED.name()
                + "' AND " + alias + q("ID") + " <= " + scope.lastItemId();
    }

    /** The space's rows newer than the scope, which no figure of it counts; binds no value (see {@link #inSpace}). */
    String newerThan(PageScope scope, String alias) {
        return alias + q("ID") + " > " + scope.lastItemId();
    }

    /** Rows on the scope's hidden pages. */
    String onHiddenPages(PageScope scope, String alias) {
        return onPages(scope.hiddenPages(), alias);
    }

    /** Rows on the given pages, as literal ids in lists of at most {@value #IN_LIST}. */
    private String onPages(Set<Long> pageIds, String alias) {
        List<Long> pages = pageIds.stream().sorted().toList();
        List<String> lists = new ArrayList<>();
        for (int from = 0; from < pages.size(); from += IN_LIST) {
            lists.add(alias + q("PAGE_ID") + " IN (" + pages.subList(from, Math.min(from + IN_LIST, pages.size())).stream()
                    .map(String::valueOf).collect(Collectors.joining(", ")) + ")");
        }
        return "(" + String.join(" OR ", lists) + ")";
    }

    /** Binds the scope's value (its space) from position {@code at}; returns the next position. */
    int bindScope(PreparedStatement statement, int at, PageScope scope) throws SQLException {
        statement.setString(at, scope.spaceKey());
        return at + 1;
    }

    /** The selection's filters; their values are added to {@code values} in order. */
    String selection(ItemSelection selection, List<Object> values) {
        List<String> where = new ArrayList<>();
        where.add(selection.includeRemoved()
                ? q("PRESENCE") + " IN ('" + Presence.LIVE.name() + "', '" + Presence.REMOVED.name() + "')" : live());
        if (!selection.states().isEmpty()) {
            where.add(inStates(selection.states()));
        }
        selection.ownerKey().ifPresent(key -> {
            where.add(q("OWNER_KEY") + " = ?");
            values.add(key);
        });
        selection.requesterKey().ifPresent(key -> {
            where.add(q("REQUESTER_KEY") + " = ?");
            values.add(key);
        });
        selection.pageId().ifPresent(id -> {
            where.add(q("PAGE_ID") + " = ?");
            values.add(id);
        });
        selection.outcome().ifPresent(title -> {
            where.add(q("OUTCOME") + " = ?");
            values.add(title);
        });
        String today = selection.today().toString();
        switch (selection.due()) {
            case ANY -> { }
            case OVERDUE -> {
                where.add(inStates(ItemSelection.OWED) + " AND " + dueSort() + " < ?");
                values.add(today);
            }
            case NEXT_7_DAYS, NEXT_30_DAYS -> {
                where.add(inStates(ItemSelection.OWED) + " AND " + dueSort() + " >= ? AND " + dueSort() + " <= ?");
                values.add(today);
                values.add(selection.today().plusDays(selection.due() == DueWindow.NEXT_7_DAYS ? 7 : 30).toString());
            }
            case NO_DATE -> where.add(dueSort() + " = '" + AoColumns.NO_DUE_DATE + "'");
        }
        return String.join(" AND ", where);
    }

    /** The ORDER BY terms: the sort key (reversed if descending), then id; rank values are added to {@code values}. */
    String orderBy(ItemOrder order, List<Object> values) {
        return orderBy(order, values, "");
    }

    /** As {@link #orderBy(ItemOrder, List)}, on the columns of a table alias (e.g. {@code "i."}). */
    String orderBy(ItemOrder order, List<Object> values, String alias) {
        String direction = order.descending() ? " DESC" : "";
        String key = switch (order.sort()) {
            // Items without a date last either way: ascending, the key already puts them there.
            case DUE -> order.descending() ? "CASE WHEN " + alias + dueSort() + " = '" + AoColumns.NO_DUE_DATE + "' THEN 1 ELSE 0 END, "
                    + alias + dueSort() + direction : alias + dueSort();
            case STATE -> Arrays.stream(State.values()).map(s -> " WHEN '" + s.name() + "' THEN " + s.ordinal())
                    .collect(Collectors.joining("", "CASE " + alias + q("ITEM_STATE"), " END")) + direction;
            case OWNER -> userRank(alias + q("OWNER_KEY"), order.userRanks(), values) + direction;
            case REQUESTER -> userRank(alias + q("REQUESTER_KEY"), order.userRanks(), values) + direction;
            case PAGE -> pageRank(alias + q("PAGE_ID"), order.pageRanks()) + direction;
            case CREATED -> alias + q("CREATED_AT") + direction;
            case SINCE -> alias + q("STATE_SINCE") + direction;
        };
        return key + ", " + alias + q("ID");
    }

    private static String userRank(String column, Map<String, Integer> ranks, List<Object> values) {
        if (ranks.isEmpty()) {
            return "0";
        }
        StringBuilder rank = new StringBuilder("CASE ").append(column);
        ranks.forEach((key, place) -> {
            rank.append(" WHEN ? THEN ").append(place.intValue());
            values.add(key);
        });
        return rank.append(" ELSE ").append(ranks.size()).append(" END").toString();
    }

    private static String pageRank(String column, Map<Long, Integer> ranks) {
        if (ranks.isEmpty()) {
            return "0";
        }
        StringBuilder rank = new StringBuilder("CASE ").append(column);
        ranks.forEach((page, place) -> rank.append(" WHEN ").append(page.longValue()).append(" THEN ").append(place.intValue()));
        return rank.append(" ELSE ").append(ranks.size()).append(" END").toString();
    }

    /** Binds values from position {@code at}; returns the next position. */
    int bind(PreparedStatement statement, int at, List<Object> values) throws SQLException {
        int p = at;
        for (Object value : values) {
            if (value instanceof Long number) {
                statement.setLong(p++, number);
            } else {
                statement.setString(p++, (String) value);
            }
        }
        return p;
    }

    /** The paging clause: binds an offset and a row count (see {@link #bindPage}). */
    String page() {
        return limitOffset ? "LIMIT ? OFFSET ?" : "OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    }

    void bindPage(PreparedStatement statement, int at, int offset, int rows) throws SQLException {
        statement.setInt(at, limitOffset ? rows : offset);
        statement.setInt(at + 1, limitOffset ? offset : rows);
    }
}
