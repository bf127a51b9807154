package io.followthrough.confluence.store;

import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.TestDatabases;
import java.nio.file.Path;

/** Runs the outcome summaries contract on a fresh PostgreSQL database. */
class SqlOutcomeSummariesOnPostgresqlTest extends SqlOutcomeSummariesContract {

    @Override
    HostDatabase openDatabase(Path dataDir) {
        return TestDatabases.freshPostgres();
    }
}
