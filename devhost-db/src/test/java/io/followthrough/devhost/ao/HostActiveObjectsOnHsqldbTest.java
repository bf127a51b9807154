// Runs the Active Objects contract on an HSQLDB file database, the dev host's default.
package io.followthrough.devhost.ao;

import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.TestDatabases;
import java.nio.file.Path;

class HostActiveObjectsOnHsqldbTest extends HostActiveObjectsContract {

    @Override
    HostDatabase openDatabase(Path dataDir) {
        return TestDatabases.hsqldbFile(dataDir);
    }
}
