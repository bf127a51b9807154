package io.followthrough.confluence.store;

import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.TestDatabases;
import java.nio.file.Path;

/** Runs the report query contract on an HSQLDB file database. */
class SqlSpaceFiguresOnHsqldbTest extends SqlSpaceFiguresContract {

    @Override
    HostDatabase openDatabase(Path dataDir) {
        return TestDatabases.hsqldbFile(dataDir);
    }
}
