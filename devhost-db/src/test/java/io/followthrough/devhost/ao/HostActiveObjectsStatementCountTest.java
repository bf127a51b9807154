// Tests that every statement Active Objects runs goes through a counted data source, so tests can bound round trips.
package io.followthrough.devhost.ao;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.StatementCounter;
import net.java.ao.DBParam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HostActiveObjectsStatementCountTest {

    private HostDatabase database;
    private StatementCounter counter;
    private HostActiveObjects ao;

    @BeforeEach
    void openDatabase() {
        database = HostDatabase.inMemory("statement-count");
        counter = new StatementCounter(database.dataSource());
        ao = new HostActiveObjects(counter.dataSource(), database.kind(), "io.followthrough");
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void migratingAnEntityRunsCountedStatements() {
        assertThat(counter.countDuring(() -> ao.migrate(AoNote.class))).isPositive();
    }

    @Test
    void findingNotesAndReadingTheirValuesIsOneStatementHoweverManyThereAre() {
        ao.migrate(AoNote.class);
        createNotes(1);
        long forOne = counter.countDuring(this::readAllTitles);
        createNotes(20);

        long forTwentyOne = counter.countDuring(this::readAllTitles);

        assertThat(forOne).isEqualTo(1);
        assertThat(forTwentyOne).isEqualTo(forOne);
    }

    @Test
    void creatingANoteCostsTheSameStatementsInsideATransactionAsOutside() {
        ao.migrate(AoNote.class);

        long outside = counter.countDuring(() -> createNotes(1));
        long inside = counter.countDuring(() -> ao.executeInTransaction(() -> {
            createNotes(1);
            return null;
        }));

        assertThat(outside).isPositive();
        assertThat(inside).isEqualTo(outside);
    }

    @Test
    void theTotalIncludesEveryStatementRunSinceTheCounterWasMade() {
        ao.migrate(AoNote.class);
        long before = counter.count();

        createNotes(3);

        assertThat(counter.count() - before).isEqualTo(3 * counter.countDuring(() -> createNotes(1)));
    }

    private void createNotes(int howMany) {
        for (int i = 0; i < howMany; i++) {
            ao.create(AoNote.class, new DBParam("MACRO_ID", "m-" + i), new DBParam("TITLE", "Note " + i), new DBParam("WEIGHT", i));
        }
    }

    private void readAllTitles() {
        for (AoNote note : ao.find(AoNote.class)) {
            assertThat(note.getTitle()).startsWith("Note");
        }
    }
}
