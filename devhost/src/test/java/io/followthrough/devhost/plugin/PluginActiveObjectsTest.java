package io.followthrough.devhost.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.devhost.FixturePlugin;
import io.followthrough.devhost.TestDevHost;
import io.followthrough.devhost.ao.AtlassianNaming;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** The fixture plugin's {@code <ao>} module on the host database, plain SQL through SAL beside it, and its Spring lifecycle. */
class PluginActiveObjectsTest {
    private static final String NOTES = "/rest/fixture/1.0/data/notes";

    @Test
    void theEntityGetsItsTableUnderTheAtlassianName() throws Exception {
        try (TestDevHost devhost = TestDevHost.start(FixturePlugin.jar(), Files.createTempDirectory("devhost-ao"), true)) {
            String table = AtlassianNaming.tablePrefix("io.followthrough.devhost.fixture") + "FX_NOTE";

            try (Connection c = devhost.host().database().dataSource().getConnection();
                 ResultSet tables = c.getMetaData().getTables(null, null, table, null)) {
                assertThat(tables.next()).as(table).isTrue();
            }
        }
    }

    @Test
    void theUpgradeTaskRunsOnceAcrossRestartsAndThePluginReadsThroughActiveObjects() throws Exception {
        Path data = Files.createTempDirectory("devhost-ao-restart");
        Path jar = FixturePlugin.jar();
        try (TestDevHost first = TestDevHost.start(jar, data, true)) {
            assertThat(first.get(NOTES, null).body()).isEqualTo("[\"added by upgrade task 1\"]");
        }

        try (TestDevHost second = TestDevHost.start(jar, data, true)) {
            assertThat(second.get(NOTES, null).body()).isEqualTo("[\"added by upgrade task 1\"]");
        }
    }

    @Test
    void thePluginCountsNotesWithPlainSqlThroughSalOnTheCountedDataSource() throws Exception {
        try (TestDevHost devhost = TestDevHost.start(FixturePlugin.jar(), Files.createTempDirectory("devhost-rdbms"), true)) {
            long before = devhost.host().pluginStatements().count();

            assertThat(devhost.get(NOTES + "/count", null).body()).isEqualTo("1");

            assertThat(devhost.host().pluginStatements().count() - before).isEqualTo(1);
        }
    }

    @Test
    void closingTheHostRunsDestroyMethodsSoListenersUnregister() throws Exception {
        TestDevHost devhost = TestDevHost.start(FixturePlugin.jar(), Files.createTempDirectory("devhost-close"), true);
        long registeredWhileRunning = devhost.host().events().listenerCount();

        devhost.close();

        assertThat(registeredWhileRunning).isEqualTo(2);
        assertThat(devhost.host().events().listenerCount()).isZero();
    }
}
