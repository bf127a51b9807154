package io.followthrough.confluence.store;

import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.TestDatabases;
import java.nio.file.Path;

/** Runs the purpose store contract on an HSQLDB file database. */
class AoPurposeStoreOnHsqldbTest extends AoPurposeStoreContract {

    @Override
    HostDatabase openDatabase(Path dataDir) {
        return TestDatabases.hsqldbFile(dataDir);
    }
}
