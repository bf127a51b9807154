// Runs the raw-JDBC executor contract on PostgreSQL.
package io.followthrough.devhost.db;

import java.nio.file.Path;

class HostTransactionalExecutorFactoryOnPostgresqlTest extends HostTransactionalExecutorFactoryContract {
    @Override
    HostDatabase openDatabase(Path dataDir) {
        return TestDatabases.freshPostgres();
    }
}
