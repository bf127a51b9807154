package io.followthrough.confluence.store;

import static io.followthrough.confluence.store.ActionItemExamples.created;
import static io.followthrough.confluence.store.ActionItemExamples.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.devhost.ao.HostActiveObjects;
import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks a unit of work is stored whole or not at all. */
class AoTransactionsTest {

    @TempDir
    Path dataDir;

    private HostDatabase database;
    private AoActionItemStore store;
    private AoTransactions transactions;

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.hsqldbFile(dataDir);
        HostActiveObjects ao = new HostActiveObjects(database.dataSource(), database.kind(), AoActionItemStoreContract.NAMESPACE);
        StoreDatabases.upgradeToNewest(ao);
        store = new AoActionItemStore(ao, java.time.Clock.systemDefaultZone());
        transactions = new AoTransactions(ao);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void workThatReturnsIsStoredAndItsResultHandedBack() {
        ActionItem item = transactions.inTransaction(() -> store.create(request(1, "m-1"), created(request(1, "m-1"))));

        assertThat(store.byPage(1)).containsExactly(item);
    }

    @Test
    void workThatThrowsLeavesNothingBehindAndTheFailureReachesTheCaller() {
        IllegalStateException failure = new IllegalStateException("page sync failed");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            store.create(request(1, "m-1"), created(request(1, "m-1")));
            store.create(request(1, "m-2"), created(request(1, "m-2")));
            throw failure;
        })).isSameAs(failure);

        assertThat(store.byPage(1)).isEmpty();
        assertThat(store.historiesOfPage(1)).isEmpty();
    }
}
