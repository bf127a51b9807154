// Runs the page store contract on PostgreSQL.
package io.followthrough.devhost.data;

import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.TestDatabases;
import java.nio.file.Path;

class HostPagesOnPostgresqlTest extends HostPagesContract {
    @Override
    HostDatabase openDatabase(Path dataDir) {
        return TestDatabases.freshPostgres();
    }
}
