// Runs the raw-JDBC executor contract on PostgreSQL.
package io.followthrough.devhost.services;

import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.TestDatabases;
import java.nio.file.Path;

class HostTransactionalExecutorFactoryOnPostgresqlTest extends HostTransactionalExecutorFactoryContract {
    @Override
    HostDatabase openDatabase(Path dataDir) {
        return TestDatabases.freshPostgres();
    }
}
