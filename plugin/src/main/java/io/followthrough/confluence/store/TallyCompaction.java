package io.followthrough.confluence.store;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.followthrough.core.report.SpaceTally.Key;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds the rows of each space's tally into one row per key, so that a report reads about one row
 * a key however many changes came before. Safe beside writers and beside another compaction: it
 * deletes the rows it read by their ids (writers only add rows), and when the delete finds other
 * rows than those it read — a change committed meanwhile, or another compaction first — it gives
 * up and rolls back, and the next run tries again.
 */
public final class TallyCompaction {
    private final TransactionalExecutorFactory executors;

    public TallyCompaction(TransactionalExecutorFactory transactionalExecutorFactory) {
        this.executors = transactionalExecutorFactory;
    }

    /** What one compaction did: rows read and rows written back. */
    public record Folded(int read, int written) {
    }

    /** Compacts every space whose tally has more rows than keys; spaces that changed meanwhile wait for the next run. */
    public Map<String, Folded> compactAll() {
        Map<String, Folded> folded = new HashMap<>();
        for (String spaceKey : spacesToFold()) {
            try {
                folded.put(spaceKey, compact(spaceKey));
            } catch (RuntimeException e) {
                if (!changedMeanwhile(e)) {
                    throw e;
                }
                // Left for the next run.
            }
        }
        return folded;
    }

    private List<String> spacesToFold() {
        return executors.createExecutor(true, true).execute(connection -> {
            try {
                SqlText sql = new SqlText(connection);
                List<String> spaces = new ArrayList<>();
                try (PreparedStatement s = sql.prepare("SELECT DISTINCT " + sql.q("SPACE_KEY") + " FROM " + sql.tally());
                     ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        spaces.add(rs.getString(1));
                    }
                }
                return spaces;
            } catch (SQLException e) {
                throw new IllegalStateException("Reading the tallied spaces failed: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Folds one space's rows in one transaction: reads them, deletes them, writes one row for each
     * key whose count is not zero.
     *
     * @throws ChangedMeanwhile when rows came or went between the read and the delete
     */
    public Folded compact(String spaceKey) {
        return executors.createExecutor(false, true).execute(connection -> {
            try {
                SqlText sql = new SqlText(connection);
                Map<Key, Integer> counts = new HashMap<>();
                int read = 0;
                long lastId = 0;
                try (PreparedStatement s = sql.prepare("SELECT " + sql.q("ID") + ", " + sql.q("FACET") + ", " + sql.q("CODE")
                        + ", " + sql.q("FIRST_TEXT") + ", " + sql.q("SECOND_TEXT") + ", " + sql.q("ITEMS") + " FROM "
                        + sql.tally() + " WHERE " + sql.q("SPACE_KEY") + " = ?")) {
                    s.setString(1, spaceKey);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            read++;
                            lastId = Math.max(lastId, rs.getLong(1));
                            counts.merge(AoTallies.key(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                                    rs.getInt(6), Integer::sum);
                        }
                    }
                }
                counts.values().removeIf(n -> n == 0);
                if (read == counts.size()) {
                    return new Folded(read, read);
                }
                try (PreparedStatement s = sql.prepare("DELETE FROM " + sql.tally() + " WHERE " + sql.q("SPACE_KEY") + " = ? AND "
                        + sql.q("ID") + " <= ?")) {
                    s.setString(1, spaceKey);
                    s.setLong(2, lastId);
                    int deleted = s.executeUpdate();
                    if (deleted != read) {
                        throw new ChangedMeanwhile(spaceKey, read, deleted);
                    }
                }
                try (PreparedStatement s = sql.prepare("INSERT INTO " + sql.tally() + " (" + sql.q("SPACE_KEY") + ", "
                        + sql.q("FACET") + ", " + sql.q("CODE") + ", " + sql.q("FIRST_TEXT") + ", " + sql.q("SECOND_TEXT") + ", "
                        + sql.q("ITEMS") + ") VALUES (?, ?, ?, ?, ?, ?)")) {
                    for (Map.Entry<Key, Integer> count : counts.entrySet()) {
                        s.setString(1, spaceKey);
                        s.setString(2, count.getKey().facet().name());
                        s.setString(3, count.getKey().code());
                        s.setString(4, count.getKey().first());
                        s.setString(5, count.getKey().second());
                        s.setInt(6, count.getValue());
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                return new Folded(read, counts.size());
            } catch (SQLException e) {
                throw new IllegalStateException("Compacting the tally of space " + spaceKey + " failed: " + e.getMessage(), e);
            }
        });
    }

    private static boolean changedMeanwhile(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ChangedMeanwhile) {
                return true;
            }
        }
        return false;
    }

    /** Rows came or went while a compaction ran; its transaction is rolled back. */
    public static final class ChangedMeanwhile extends RuntimeException {
        ChangedMeanwhile(String spaceKey, int read, int deleted) {
            super("The tally of space " + spaceKey + " changed while it was compacted: read " + read + " rows, the delete found "
                    + deleted);
        }
    }
}
