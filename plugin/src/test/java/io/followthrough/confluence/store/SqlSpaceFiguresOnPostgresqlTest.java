package io.followthrough.confluence.store;

import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.TestDatabases;
import java.nio.file.Path;

/** Runs the report query contract on PostgreSQL, which needs every upper-case name quoted. */
class SqlSpaceFiguresOnPostgresqlTest extends SqlSpaceFiguresContract {

    @Override
    HostDatabase openDatabase(Path dataDir) {
        return TestDatabases.freshPostgres();
    }
}
