package io.followthrough.confluence.store;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.followthrough.core.outcome.OutcomeStatus;
import io.followthrough.core.port.OutcomeSummaries;
import io.followthrough.core.port.PageRef;
import io.followthrough.core.report.OutcomeSummary;
import io.followthrough.core.report.PurposeSummary;
import io.followthrough.core.report.SpaceGoals;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report's purposes and expected outcomes, read from the stored records: one query for a
 * space's outcomes and one for its purposes, whatever the number of pages, kept to the pages the
 * viewer may view. Plain SQL of only the columns a summary shows, as {@link SqlSpaceFigures} reads
 * its figures: a big space has thousands of outcomes, and Active Objects would build an entity of
 * every column for each.
 */
public final class SqlOutcomeSummaries implements OutcomeSummaries {
    private final TransactionalExecutorFactory executors;

    public SqlOutcomeSummaries(TransactionalExecutorFactory transactionalExecutorFactory) {
        this.executors = transactionalExecutorFactory;
    }

    @Override
    public SpaceGoals of(String spaceKey, Collection<PageRef> pages) {
        if (pages.isEmpty()) {
            return SpaceGoals.none();
        }
        Map<Long, PageRef> viewable = pages.stream().collect(Collectors.toMap(PageRef::id, Function.identity(), (a, b) -> a));
        return executors.createExecutor(true, false).execute(connection -> {
            try {
                SqlText sql = new SqlText(connection);
                List<PurposeSummary> purposes = new ArrayList<>();
                try (PreparedStatement s = live(sql, spaceKey, sql.purposes(), "PAGE_ID", "SPONSOR_KEY", "UNTIL_DATE", "REVIEW_DATE");
                     ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        PageRef page = viewable.get(rs.getLong(1));
                        if (page != null) {
                            purposes.add(new PurposeSummary(page, Optional.ofNullable(rs.getString(2)),
                                    AoColumns.day(rs.getString(3)), AoColumns.day(rs.getString(4))));
                        }
                    }
                }
                List<OutcomeSummary> outcomes = new ArrayList<>();
                try (PreparedStatement s = live(sql, spaceKey, sql.outcomes(), "PAGE_ID", "TITLE", "OWNER_KEY", "DUE", "OUTCOME_STATUS");
                     ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        PageRef page = viewable.get(rs.getLong(1));
                        if (page != null) {
                            outcomes.add(new OutcomeSummary(page, rs.getString(2), Optional.ofNullable(rs.getString(3)),
                                    AoColumns.day(rs.getString(4)), Optional.of(OutcomeStatus.valueOf(rs.getString(5)).wireName())));
                        }
                    }
                }
                return new SpaceGoals(purposes, outcomes);
            } catch (SQLException e) {
                throw new IllegalStateException("Reading the outcomes and purposes of space " + spaceKey + " failed: "
                        + e.getMessage(), e);
            }
        });
    }

    /** The columns of a table's live rows in the space, in page and id order. */
    private static PreparedStatement live(SqlText sql, String spaceKey, String table, String... columns) throws SQLException {
        String select = "SELECT " + Arrays.stream(columns).map(sql::q).collect(Collectors.joining(", ")) + " FROM " + table
                + " WHERE " + sql.q("SPACE_KEY") + " = ? AND " + sql.live() + " ORDER BY " + sql.q("PAGE_ID") + ", " + sql.q("ID");
        PreparedStatement statement = sql.prepare(select);
        statement.setString(1, spaceKey);
        return statement;
    }
}
