package io.followthrough.devhost.data;

import io.followthrough.devhost.data.PageRecord.PageStatus;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/** Pages with versioned storage-format bodies and view restrictions. */
public final class HostPages {
    // A page's row holds its creator, last modifier and last save, as Confluence's CONTENT row does
    // (CREATOR, LASTMODIFIER, LASTMODDATE): listing pages reads that one table, never the versions' bodies.
    private static final String COLUMNS = "p.ID, p.SPACE_ID, p.TITLE, p.VERSION, p.STATUS, p.CREATOR_KEY, p.AUTHOR_KEY,"
            + " p.SAVED";
    private static final String HEADERS = "SELECT " + COLUMNS + " FROM DH_PAGE p";
    // The same with the current version's body.
    private static final String CURRENT = "SELECT " + COLUMNS + ", v.BODY FROM DH_PAGE p"
            + " JOIN DH_PAGE_VERSION v ON v.PAGE_ID = p.ID AND v.VERSION = p.VERSION";

    private final Jdbc jdbc;
    private final Clock clock;

    public HostPages(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
    }

    public PageRecord create(long spaceId, String title, String body, String authorKey) {
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.transaction("creating page " + title, c -> {
            long pageId = Jdbc.insert(c, "INSERT INTO DH_PAGE (SPACE_ID, TITLE, VERSION, STATUS, CREATOR_KEY, AUTHOR_KEY,"
                    + " SAVED) VALUES (?, ?, 1, ?, ?, ?, ?)", spaceId, title, PageStatus.CURRENT.name(), authorKey,
                    authorKey, now);
            insertVersion(c, pageId, 1, title, body, authorKey, now);
            return pageId;
        });
        return byId(id).orElseThrow();
    }

    /**
     * Saves a new version if the page is still at {@code expectedVersion}; a concurrent edit saved
     * first makes this return empty instead of overwriting it.
     */
    public Optional<PageRecord> update(long pageId, int expectedVersion, String title, String body, String authorKey) {
        Timestamp now = Timestamp.from(clock.instant());
        boolean saved = jdbc.transaction("saving page " + pageId, c -> {
            int changed = Jdbc.update(c, "UPDATE DH_PAGE SET VERSION = ?, TITLE = ?, AUTHOR_KEY = ?, SAVED = ?"
                    + " WHERE ID = ? AND VERSION = ?", expectedVersion + 1, title, authorKey, now, pageId, expectedVersion);
            if (changed == 1) {
                insertVersion(c, pageId, expectedVersion + 1, title, body, authorKey, now);
            }
            return changed == 1;
        });
        return saved ? byId(pageId) : Optional.empty();
    }

    /** Moves a page between live and trash; false when it was not in the {@code from} state (so nothing happened). */
    public boolean changeStatus(long pageId, PageStatus from, PageStatus to) {
        return jdbc.update("UPDATE DH_PAGE SET STATUS = ? WHERE ID = ? AND STATUS = ?", to.name(), pageId, from.name()) == 1;
    }

    /** Moves a live page to another space; false when the page is not live. */
    public boolean moveToSpace(long pageId, long spaceId) {
        return jdbc.update("UPDATE DH_PAGE SET SPACE_ID = ? WHERE ID = ? AND STATUS = ?", spaceId, pageId,
                PageStatus.CURRENT.name()) == 1;
    }

    /** Deletes a trashed page with all its versions and restrictions; false when the page is not in the trash. */
    public boolean purge(long pageId) {
        return jdbc.transaction("purging page " + pageId, c -> {
            if (Jdbc.update(c, "DELETE FROM DH_PAGE WHERE ID = ? AND STATUS = ?", pageId, PageStatus.TRASHED.name()) == 0) {
                return false;
            }
            Jdbc.update(c, "DELETE FROM DH_PAGE_VERSION WHERE PAGE_ID = ?", pageId);
            Jdbc.update(c, "DELETE FROM DH_PAGE_RESTRICT WHERE PAGE_ID = ?", pageId);
            return true;
        });
    }

    public Optional<PageRecord> byId(long pageId) {
        return jdbc.one(CURRENT + " WHERE p.ID = ?", HostPages::page, pageId);
    }

    public Optional<PageRecord> byTitle(long spaceId, String title) {
        return jdbc.one(CURRENT + " WHERE p.SPACE_ID = ? AND p.TITLE = ?", HostPages::page, spaceId, title);
    }

    /** The space's pages in the given state, by title, without reading their bodies. */
    public List<PageHeader> inSpace(long spaceId, PageStatus status) {
        return inSpace(spaceId, status, "p.TITLE");
    }

    /**
     * The same in the order they were created: for {@code PageManager.getPages}, which promises no
     * order, so that a listing of thousands of pages does not sort their titles first.
     */
    public List<PageHeader> inSpaceById(long spaceId, PageStatus status) {
        return inSpace(spaceId, status, "p.ID");
    }

    private List<PageHeader> inSpace(long spaceId, PageStatus status, String order) {
        return jdbc.list(HEADERS + " WHERE p.SPACE_ID = ? AND p.STATUS = ? ORDER BY " + order, HostPages::header,
                spaceId, status.name());
    }

    /** The body of one version of a page; empty once the page has been purged. */
    public Optional<String> body(long pageId, int version) {
        return jdbc.one("SELECT BODY FROM DH_PAGE_VERSION WHERE PAGE_ID = ? AND VERSION = ?", rs -> rs.getString(1),
                pageId, version);
    }

    /** Restricts viewing to the named users; an empty set lifts the restriction. */
    public void restrictViewing(long pageId, Set<String> usernames) {
        jdbc.update("DELETE FROM DH_PAGE_RESTRICT WHERE PAGE_ID = ?", pageId);
        for (String username : usernames) {
            jdbc.update("INSERT INTO DH_PAGE_RESTRICT (PAGE_ID, USERNAME) VALUES (?, ?)", pageId, username);
        }
    }

    /** The view restrictions of every restricted page of a space, by page id, in one query. */
    public Map<Long, Set<String>> viewRestrictionsInSpace(long spaceId) {
        Map<Long, Set<String>> restrictions = new HashMap<>();
        jdbc.list("SELECT r.PAGE_ID, r.USERNAME FROM DH_PAGE_RESTRICT r JOIN DH_PAGE p ON p.ID = r.PAGE_ID"
                        + " WHERE p.SPACE_ID = ?", rs -> Map.entry(rs.getLong(1), rs.getString(2)), spaceId)
                .forEach(entry -> restrictions.computeIfAbsent(entry.getKey(), id -> new HashSet<>()).add(entry.getValue()));
        return restrictions;
    }

    public List<String> viewRestrictions(long pageId) {
        return jdbc.list("SELECT USERNAME FROM DH_PAGE_RESTRICT WHERE PAGE_ID = ? ORDER BY USERNAME",
                rs -> rs.getString(1), pageId);
    }

    private static void insertVersion(Connection c, long pageId, int version, String title, String body,
                                      String authorKey, Timestamp saved) throws SQLException {
        Jdbc.update(c, "INSERT INTO DH_PAGE_VERSION (PAGE_ID, VERSION, TITLE, BODY, AUTHOR_KEY, SAVED)"
                + " VALUES (?, ?, ?, ?, ?, ?)", pageId, version, title, body, authorKey, saved);
    }

    private static PageHeader header(ResultSet rs) throws SQLException {
        return new PageHeader(rs.getLong("ID"), rs.getLong("SPACE_ID"), rs.getString("TITLE"), rs.getInt("VERSION"),
                rs.getString("AUTHOR_KEY"), rs.getString("CREATOR_KEY"), rs.getTimestamp("SAVED").toInstant(),
                PageStatus.valueOf(rs.getString("STATUS")));
    }

    private static PageRecord page(ResultSet rs) throws SQLException {
        return new PageRecord(rs.getLong("ID"), rs.getLong("SPACE_ID"), rs.getString("TITLE"), rs.getInt("VERSION"),
                rs.getString("BODY"), rs.getString("AUTHOR_KEY"), rs.getString("CREATOR_KEY"),
                rs.getTimestamp("SAVED").toInstant(),
                PageStatus.valueOf(rs.getString("STATUS")));
    }
}
