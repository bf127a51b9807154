// Runs the Active Objects contract on PostgreSQL, plus what only matters when several dev hosts share it.
package io.followthrough.devhost.ao;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.java.ao.DBParam;
import org.junit.jupiter.api.Test;

class HostActiveObjectsOnPostgresqlTest extends HostActiveObjectsContract {

    @Override
    HostDatabase openDatabase(Path dataDir) {
        return TestDatabases.freshPostgres();
    }

    @Test
    void twoNodesStartingTogetherRunEachUpgradeTaskOnce() throws Exception {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        // The task takes a while, so without the upgrade lock the second node would run it too.
        List<ActiveObjectsUpgradeTask> tasks = List.of(task("1", log, activeObjects -> sleep(300)));
        HostActiveObjects nodeA = new HostActiveObjects(database.dataSource(), database.kind(), NAMESPACE);
        HostActiveObjects nodeB = new HostActiveObjects(database.dataSource(), database.kind(), NAMESPACE);

        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> nodeA.upgrade(tasks, AoNote.class));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> nodeB.upgrade(tasks, AoNote.class));
        CompletableFuture.allOf(a, b).get(30, TimeUnit.SECONDS);

        assertThat(log).containsExactly("1 after 0");
        assertThat(storedModelVersion()).isEqualTo("1");
    }

    @Test
    void aChangeMadeThroughOneNodeIsSeenByAnother() {
        HostActiveObjects otherNode = new HostActiveObjects(database.dataSource(), database.kind(), NAMESPACE);
        AoNote seenByOther = otherNode.create(AoNote.class,
                new DBParam("MACRO_ID", "m-1"), new DBParam("TITLE", "Before"), new DBParam("WEIGHT", 1));
        assertThat(seenByOther.getTitle()).isEqualTo("Before");

        AoNote mine = ao.get(AoNote.class, seenByOther.getID());
        mine.setTitle("After");
        mine.save();

        assertThat(otherNode.get(AoNote.class, seenByOther.getID()).getTitle()).isEqualTo("After");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
