package io.followthrough.confluence.store;

import static io.followthrough.confluence.store.OutcomeExamples.purpose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.followthrough.core.commitment.Presence;
import io.followthrough.core.port.ConcurrentMoveException;
import io.followthrough.core.purpose.PagePurpose;
import io.followthrough.devhost.ao.HostActiveObjects;
import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.StatementCounter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the purpose store must do on every database Confluence runs it on; one test class per database. */
abstract class AoPurposeStoreContract {

    private static final String PURPOSE_TABLE = "AO_5033A6_PURPOSE";
    private static final long PAGE = 3001;
    private static final long OTHER_PAGE = 3002;

    @TempDir
    Path dataDir;

    HostDatabase database;
    StatementCounter counter;
    AoPurposeStore store;
    AoTransactions transactions;

    abstract HostDatabase openDatabase(Path dataDir);

    @BeforeEach
    void openDatabaseWithTables() {
        database = openDatabase(dataDir);
        counter = new StatementCounter(database.dataSource());
        HostActiveObjects ao = new HostActiveObjects(counter.dataSource(), database.kind(), AoActionItemStoreContract.NAMESPACE);
        ao.upgrade(List.of(new Upgrade01CreateTables(), new Upgrade02CreateOutcomeTables()), AoActionItem.class,
                AoItemEvent.class, AoOutcome.class, AoOutcomeEvent.class, AoPurpose.class);
        store = new AoPurposeStore(ao);
        transactions = new AoTransactions(ao);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aPurposeReadsBackWithEveryFieldExactlyAsSaved() {
        PagePurpose saved = store.save(purpose(PAGE));

        assertThat(saved.id()).isPositive();
        assertThat(store.byPage(PAGE)).contains(saved);
        assertThat(saved).isEqualTo(new PagePurpose(saved.id(), PAGE, "p-" + PAGE, "DEV", Optional.of("sponsor-" + PAGE),
                Optional.of(LocalDate.of(2027, 6, 30)), Optional.of(LocalDate.of(2027, 1, 15)), Presence.LIVE));
    }

    @Test
    void savingAgainReplacesTheSameRowAndClearsWhatIsGone() {
        PagePurpose first = store.save(purpose(PAGE));
        PagePurpose changed = new PagePurpose(first.id(), PAGE, "p-new", "DEV", Optional.empty(), Optional.empty(),
                Optional.empty(), Presence.REMOVED);

        store.save(changed);

        assertThat(store.byPage(PAGE)).contains(changed);
    }

    @Test
    void aPageHasOnePurposeAndASecondRowIsReportedAsARace() {
        store.save(purpose(PAGE));

        assertThatThrownBy(() -> transactions.inTransaction(() -> store.save(purpose(PAGE))))
                .isInstanceOf(ConcurrentMoveException.class);
        store.save(purpose(OTHER_PAGE));

        assertThat(store.byPage(PAGE)).isPresent();
        assertThat(store.byPage(OTHER_PAGE)).isPresent();
    }

    @Test
    void movingAndPurgingAPageTouchOnlyItsPurpose() {
        store.save(purpose(PAGE));
        PagePurpose other = store.save(purpose(OTHER_PAGE));

        store.moveToSpace(PAGE, "NEW");
        assertThat(store.byPage(PAGE)).hasValueSatisfying(p -> assertThat(p.spaceKey()).isEqualTo("NEW"));

        store.deleteByPage(PAGE);
        assertThat(store.byPage(PAGE)).isEmpty();
        assertThat(store.byPage(OTHER_PAGE)).contains(other);
    }

    @Test
    void readingAPagesPurposeIsOneStatement() {
        store.save(purpose(PAGE));

        assertThat(counter.countDuring(() -> store.byPage(PAGE))).isEqualTo(1);
        assertThat(counter.countDuring(() -> store.byPage(9999))).isEqualTo(1);
    }

    @Test
    void tableAndColumnNamesFitConfluencesThirtyCharacterLimit() throws SQLException {
        assertThat(StoreDatabases.columns(database, PURPOSE_TABLE)).contains("PAGE_ID", "SPONSOR_KEY", "UNTIL_DATE", "REVIEW_DATE")
                .allSatisfy(column -> assertThat(column).hasSizeLessThanOrEqualTo(30));
    }
}
