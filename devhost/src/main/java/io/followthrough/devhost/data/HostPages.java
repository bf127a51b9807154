package io.followthrough.devhost.data;

import io.followthrough.devhost.data.PageRecord.PageStatus;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/** Pages with versioned storage-format bodies and view restrictions. */
public final class HostPages {
    private static final String CURRENT = "SELECT p.ID, p.SPACE_ID, p.TITLE, p.VERSION, p.STATUS, v.BODY, v.AUTHOR_KEY, v.SAVED"
            + " FROM DH_PAGE p JOIN DH_PAGE_VERSION v ON v.PAGE_ID = p.ID AND v.VERSION = p.VERSION";

    private final Jdbc jdbc;
    private final Clock clock;

    public HostPages(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
    }

    public PageRecord create(long spaceId, String title, String body, String authorKey) {
        long id = jdbc.transaction("creating page " + title, c -> {
            long pageId = Jdbc.insert(c, "INSERT INTO DH_PAGE (SPACE_ID, TITLE, VERSION, STATUS) VALUES (?, ?, 1, ?)",
                    spaceId, title, PageStatus.CURRENT.name());
            insertVersion(c, pageId, 1, title, body, authorKey);
            return pageId;
        });
        return byId(id).orElseThrow();
    }

    /**
     * Saves a new version if the page is still at {@code expectedVersion}; a concurrent edit saved
     * first makes this return empty instead of overwriting it.
     */
    public Optional<PageRecord> update(long pageId, int expectedVersion, String title, String body, String authorKey) {
        boolean saved = jdbc.transaction("saving page " + pageId, c -> {
            int changed = Jdbc.update(c, "UPDATE DH_PAGE SET VERSION = ?, TITLE = ? WHERE ID = ? AND VERSION = ?",
                    expectedVersion + 1, title, pageId, expectedVersion);
            if (changed == 1) {
                insertVersion(c, pageId, expectedVersion + 1, title, body, authorKey);
            }
            return changed == 1;
        });
        return saved ? byId(pageId) : Optional.empty();
    }

    public void setStatus(long pageId, PageStatus status) {
        jdbc.update("UPDATE DH_PAGE SET STATUS = ? WHERE ID = ?", status.name(), pageId);
    }

    public Optional<PageRecord> byId(long pageId) {
        return jdbc.one(CURRENT + " WHERE p.ID = ?", HostPages::page, pageId);
    }

    public Optional<PageRecord> byTitle(long spaceId, String title) {
        return jdbc.one(CURRENT + " WHERE p.SPACE_ID = ? AND p.TITLE = ?", HostPages::page, spaceId, title);
    }

    public List<PageRecord> inSpace(long spaceId) {
        return jdbc.list(CURRENT + " WHERE p.SPACE_ID = ? AND p.STATUS = ? ORDER BY p.TITLE", HostPages::page,
                spaceId, PageStatus.CURRENT.name());
    }

    /** The author of the first version: Confluence's page creator. */
    public Optional<String> creatorKey(long pageId) {
        return jdbc.one("SELECT AUTHOR_KEY FROM DH_PAGE_VERSION WHERE PAGE_ID = ? AND VERSION = 1",
                rs -> rs.getString(1), pageId);
    }

    /** Restricts viewing to the named users; an empty set lifts the restriction. */
    public void restrictViewing(long pageId, Set<String> usernames) {
        jdbc.update("DELETE FROM DH_PAGE_RESTRICT WHERE PAGE_ID = ?", pageId);
        for (String username : usernames) {
            jdbc.update("INSERT INTO DH_PAGE_RESTRICT (PAGE_ID, USERNAME) VALUES (?, ?)", pageId, username);
        }
    }

    public List<String> viewRestrictions(long pageId) {
        return jdbc.list("SELECT USERNAME FROM DH_PAGE_RESTRICT WHERE PAGE_ID = ? ORDER BY USERNAME",
                rs -> rs.getString(1), pageId);
    }

    private void insertVersion(Connection c, long pageId, int version, String title, String body, String authorKey)
            throws SQLException {
        Jdbc.update(c, "INSERT INTO DH_PAGE_VERSION (PAGE_ID, VERSION, TITLE, BODY, AUTHOR_KEY, SAVED)"
                + " VALUES (?, ?, ?, ?, ?, ?)", pageId, version, title, body, authorKey, Timestamp.from(clock.instant()));
    }

    private static PageRecord page(ResultSet rs) throws SQLException {
        return new PageRecord(rs.getLong("ID"), rs.getLong("SPACE_ID"), rs.getString("TITLE"), rs.getInt("VERSION"),
                rs.getString("BODY"), rs.getString("AUTHOR_KEY"), rs.getTimestamp("SAVED").toInstant(),
                PageStatus.valueOf(rs.getString("STATUS")));
    }
}
