// What the host's page store must do on every supported database; one test class per database runs these tests.
package io.followthrough.devhost.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.followthrough.devhost.data.PageRecord.PageStatus;
import io.followthrough.devhost.db.HostDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

abstract class HostPagesContract {
    private static final Instant CREATED = Instant.parse("2024-03-01T09:00:00Z");
    private static final Instant EDITED = Instant.parse("2024-03-05T16:30:00Z");

    @TempDir
    Path dataDir;

    private HostDatabase database;

    abstract HostDatabase openDatabase(Path dataDir);

    @BeforeEach
    void openDatabase() {
        database = openDatabase(dataDir);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    // The pages as saved at the given time.
    private HostPages pagesAt(Instant now) {
        return new HostPages(database.dataSource(), Clock.fixed(now, ZoneOffset.UTC));
    }

    private void sql(String... statements) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    @Test
    void aNewPageNamesItsAuthorAsCreatorAndLastModifier() {
        HostSchema.create(database.dataSource());
        PageRecord created = pagesAt(CREATED).create(1, "Plan", "<p>v1</p>", "alice-key");

        HostPages pages = pagesAt(EDITED);
        assertThat(pages.byId(created.id()).orElseThrow())
                .extracting(PageRecord::creatorKey, PageRecord::authorKey, PageRecord::saved, PageRecord::body)
                .containsExactly("alice-key", "alice-key", CREATED, "<p>v1</p>");
        assertThat(pages.inSpace(1, PageStatus.CURRENT))
                .extracting(PageHeader::creatorKey, PageHeader::authorKey, PageHeader::saved)
                .containsExactly(tuple("alice-key", "alice-key", CREATED));
    }

    @Test
    void aSpacesPagesAreListedByTitleForPeopleAndInCreationOrderForThePageApi() {
        HostSchema.create(database.dataSource());
        HostPages pages = pagesAt(CREATED);
        long zebra = pages.create(1, "Zebra", "<p>z</p>", "alice-key").id();
        long apple = pages.create(1, "Apple", "<p>a</p>", "alice-key").id();
        long mango = pages.create(1, "Mango", "<p>m</p>", "alice-key").id();
        pages.create(2, "Other space", "<p>o</p>", "alice-key");

        assertThat(pages.inSpace(1, PageStatus.CURRENT)).extracting(PageHeader::id).containsExactly(apple, mango, zebra);
        assertThat(pages.inSpaceById(1, PageStatus.CURRENT)).extracting(PageHeader::id).containsExactly(zebra, apple, mango);
    }

    @Test
    void anEditByAnotherAuthorMakesThemLastModifierAndKeepsTheCreator() {
        HostSchema.create(database.dataSource());
        PageRecord created = pagesAt(CREATED).create(1, "Plan", "<p>v1</p>", "alice-key");

        PageRecord edited = pagesAt(EDITED).update(created.id(), 1, "Plan B", "<p>v2</p>", "bob-key").orElseThrow();

        HostPages pages = pagesAt(EDITED);
        assertThat(edited).isEqualTo(pages.byId(created.id()).orElseThrow());
        assertThat(edited)
                .extracting(PageRecord::title, PageRecord::version, PageRecord::creatorKey, PageRecord::authorKey,
                        PageRecord::saved, PageRecord::body)
                .containsExactly("Plan B", 2, "alice-key", "bob-key", EDITED, "<p>v2</p>");
        assertThat(pages.inSpace(1, PageStatus.CURRENT))
                .extracting(PageHeader::title, PageHeader::version, PageHeader::creatorKey, PageHeader::authorKey,
                        PageHeader::saved)
                .containsExactly(tuple("Plan B", 2, "alice-key", "bob-key", EDITED));
    }

    @Test
    void anEditBasedOnAStaleVersionChangesNeitherTheLastModifierNorTheSaveTime() {
        HostSchema.create(database.dataSource());
        PageRecord created = pagesAt(CREATED).create(1, "Plan", "<p>v1</p>", "alice-key");
        pagesAt(EDITED).update(created.id(), 1, "Plan", "<p>v2</p>", "bob-key").orElseThrow();

        assertThat(pagesAt(EDITED.plusSeconds(60)).update(created.id(), 1, "Plan", "<p>late</p>", "carol-key")).isEmpty();

        assertThat(pagesAt(EDITED).byId(created.id()).orElseThrow())
                .extracting(PageRecord::version, PageRecord::authorKey, PageRecord::saved, PageRecord::body)
                .containsExactly(2, "bob-key", EDITED, "<p>v2</p>");
    }

    // Listing a large space stays one read of the page table, as in Confluence: pages whose version
    // rows are gone are still listed with their creator and last modifier.
    @Test
    void theListingReadsThePageRowsAlone() throws SQLException {
        HostSchema.create(database.dataSource());
        PageRecord created = pagesAt(CREATED).create(1, "Plan", "<p>v1</p>", "alice-key");
        pagesAt(EDITED).update(created.id(), 1, "Plan", "<p>v2</p>", "bob-key").orElseThrow();

        sql("DELETE FROM DH_PAGE_VERSION");

        assertThat(pagesAt(EDITED).inSpace(1, PageStatus.CURRENT))
                .extracting(PageHeader::title, PageHeader::creatorKey, PageHeader::authorKey, PageHeader::saved)
                .containsExactly(tuple("Plan", "alice-key", "bob-key", EDITED));
    }

    @Test
    void aDatabaseCreatedBeforePagesHeldTheirAuthorsIsUpgradedFromTheVersions() throws SQLException {
        // DH_PAGE as it was, with a page alice created and bob edited, and a page carol created.
        String text = database.kind() == HostDatabase.Kind.POSTGRESQL ? "TEXT" : "CLOB";
        sql("CREATE TABLE DH_PAGE (ID BIGINT GENERATED BY DEFAULT AS IDENTITY (START WITH 1) PRIMARY KEY,"
                        + " SPACE_ID BIGINT NOT NULL, TITLE VARCHAR(255) NOT NULL, VERSION INTEGER NOT NULL,"
                        + " STATUS VARCHAR(16) NOT NULL)",
                "CREATE TABLE DH_PAGE_VERSION (PAGE_ID BIGINT NOT NULL, VERSION INTEGER NOT NULL,"
                        + " TITLE VARCHAR(255) NOT NULL, BODY " + text + " NOT NULL, AUTHOR_KEY VARCHAR(64) NOT NULL,"
                        + " SAVED TIMESTAMP NOT NULL, PRIMARY KEY (PAGE_ID, VERSION))",
                "INSERT INTO DH_PAGE (ID, SPACE_ID, TITLE, VERSION, STATUS) VALUES (7, 1, 'Plan B', 2, 'CURRENT')",
                "INSERT INTO DH_PAGE (ID, SPACE_ID, TITLE, VERSION, STATUS) VALUES (8, 1, 'Notes', 1, 'CURRENT')",
                "INSERT INTO DH_PAGE_VERSION (PAGE_ID, VERSION, TITLE, BODY, AUTHOR_KEY, SAVED)"
                        + " VALUES (7, 1, 'Plan', '<p>v1</p>', 'alice-key', TIMESTAMP '2024-03-01 09:00:00')",
                "INSERT INTO DH_PAGE_VERSION (PAGE_ID, VERSION, TITLE, BODY, AUTHOR_KEY, SAVED)"
                        + " VALUES (7, 2, 'Plan B', '<p>v2</p>', 'bob-key', TIMESTAMP '2024-03-05 16:30:00')",
                "INSERT INTO DH_PAGE_VERSION (PAGE_ID, VERSION, TITLE, BODY, AUTHOR_KEY, SAVED)"
                        + " VALUES (8, 1, 'Notes', '<p>notes</p>', 'carol-key', TIMESTAMP '2024-03-02 10:00:00')");

        HostSchema.create(database.dataSource());
        // The next start finds the columns and changes nothing.
        HostSchema.create(database.dataSource());

        HostPages pages = pagesAt(EDITED);
        // TIMESTAMP holds local time, which JDBC reads in the JVM's time zone.
        Instant bobSaved = Timestamp.valueOf("2024-03-05 16:30:00").toInstant();
        Instant carolSaved = Timestamp.valueOf("2024-03-02 10:00:00").toInstant();
        assertThat(pages.byId(7).orElseThrow())
                .extracting(PageRecord::creatorKey, PageRecord::authorKey, PageRecord::saved, PageRecord::body)
                .containsExactly("alice-key", "bob-key", bobSaved, "<p>v2</p>");
        assertThat(pages.inSpace(1, PageStatus.CURRENT))
                .extracting(PageHeader::title, PageHeader::creatorKey, PageHeader::authorKey, PageHeader::saved)
                .containsExactly(tuple("Notes", "carol-key", "carol-key", carolSaved),
                        tuple("Plan B", "alice-key", "bob-key", bobSaved));
        assertThat(pages.create(1, "Later", "<p>new</p>", "dave-key"))
                .extracting(PageRecord::creatorKey, PageRecord::authorKey, PageRecord::saved)
                .containsExactly("dave-key", "dave-key", EDITED);
    }
}
