package io.followthrough.confluence.store;

import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.TestDatabases;
import java.nio.file.Path;

/** Runs the purpose store contract on PostgreSQL, the database most Data Center sites run. */
class AoPurposeStoreOnPostgresqlTest extends AoPurposeStoreContract {

    @Override
    HostDatabase openDatabase(Path dataDir) {
        return TestDatabases.freshPostgres();
    }
}
