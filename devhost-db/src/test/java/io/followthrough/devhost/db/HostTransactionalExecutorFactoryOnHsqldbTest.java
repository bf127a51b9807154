// Runs the raw-JDBC executor contract on an HSQLDB file database, the dev host's default.
package io.followthrough.devhost.db;

import java.nio.file.Path;

class HostTransactionalExecutorFactoryOnHsqldbTest extends HostTransactionalExecutorFactoryContract {
    @Override
    HostDatabase openDatabase(Path dataDir) {
        return TestDatabases.hsqldbFile(dataDir);
    }
}
