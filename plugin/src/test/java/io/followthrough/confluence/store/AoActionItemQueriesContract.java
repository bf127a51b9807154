package io.followthrough.confluence.store;

import static io.followthrough.confluence.store.ActionItemExamples.accept;
import static io.followthrough.confluence.store.ActionItemExamples.after;
import static io.followthrough.confluence.store.ActionItemExamples.created;
import static io.followthrough.confluence.store.ActionItemExamples.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.ItemEvent;
import io.followthrough.core.commitment.Kind;
import io.followthrough.core.commitment.State;
import io.followthrough.core.commitment.Terms;
import io.followthrough.devhost.ao.HostActiveObjects;
import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.StatementCounter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox's query on every database Confluence runs them on: right rows, one statement each, whatever the size. */
abstract class AoActionItemQueriesContract {
    @TempDir
    Path dataDir;

    HostDatabase database;
    StatementCounter counter;
    AoActionItemStore store;
    AoActionItemQueries queries;

    abstract HostDatabase openDatabase(Path dataDir);

    @BeforeEach
    void openDatabaseWithTables() {
        database = openDatabase(dataDir);
        counter = new StatementCounter(database.dataSource());
        HostActiveObjects ao = new HostActiveObjects(counter.dataSource(), database.kind(), AoActionItemStoreContract.NAMESPACE);
        StoreDatabases.upgradeToNewest(ao);
        store = new AoActionItemStore(ao, java.time.Clock.systemDefaultZone());
        queries = new AoActionItemQueries(ao);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private ActionItem create(ActionItem item) {
        return store.create(item, created(item));
    }

    private static ActionItem inSpace(ActionItem item, String spaceKey, String owner, String requester) {
        return new ActionItem(0, item.pageId(), item.macroId(), spaceKey, Kind.REQUEST,
                new Terms(owner, requester, "h", "x", Optional.of(LocalDate.of(2026, 12, 1))), Optional.empty(),
                State.REQUESTED, 1, 1, Optional.empty(), Optional.empty(), item.presence(), item.createdAt(), item.stateSince());
    }

    @Test
    void involvingFindsItemsTheUserOwnsOrRequestedInAnySpace() {
        ActionItem owned = create(inSpace(request(1, "a"), "DEV", "bob", "alice"));
        ActionItem requested = create(inSpace(request(2, "b"), "OPS", "carol", "bob"));
        create(inSpace(request(3, "c"), "OPS", "carol", "alice"));

        assertThat(queries.involving("bob")).containsExactlyInAnyOrder(owned, requested);
    }

    @Test
    void eachQueryIsOneStatementWhateverTheNumberOfItems() {
        create(request(1, "one"));
        long[] small = measure();
        for (int i = 0; i < 150; i++) {
            ActionItem item = create(inSpace(request(10 + i % 30, "many-" + i), "DEV", "owner-one", "requester-one"));
            ItemEvent accepted = accept(item, "owner-one");
            store.record(after(item, accepted), accepted);
        }
        long[] large = measure();

        assertThat(small).containsExactly(1);
        assertThat(large).containsExactly(small);
    }

    private long[] measure() {
        return new long[] {counter.countDuring(() -> queries.involving("owner-one").forEach(i -> i.terms().bodyExcerpt()))};
    }
}
