package io.followthrough.confluence.store;

import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.TestDatabases;
import java.nio.file.Path;

/** Runs the outcome store contract on an HSQLDB file database. */
class AoOutcomeStoreOnHsqldbTest extends AoOutcomeStoreContract {

    @Override
    HostDatabase openDatabase(Path dataDir) {
        return TestDatabases.hsqldbFile(dataDir);
    }
}
