// Runs the page store contract on an HSQLDB file database, the dev host's default.
package io.followthrough.devhost.data;

import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.TestDatabases;
import java.nio.file.Path;

class HostPagesOnHsqldbTest extends HostPagesContract {
    @Override
    HostDatabase openDatabase(Path dataDir) {
        return TestDatabases.hsqldbFile(dataDir);
    }
}
