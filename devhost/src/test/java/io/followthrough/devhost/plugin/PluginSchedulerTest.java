package io.followthrough.devhost.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobId;
import io.followthrough.devhost.FixturePlugin;
import io.followthrough.devhost.TestDevHost;
import io.followthrough.devhost.fixtureplugin.FixtureJob;
import io.followthrough.devhost.services.HostSchedulerService;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * A plugin gets Atlassian Scheduler through {@code <osgi:reference interface="com.atlassian.scheduler.SchedulerService">}
 * (its manifest importing {@code com.atlassian.scheduler} and {@code com.atlassian.scheduler.config}), schedules
 * its job when it starts and can still unschedule it when the dev host stops.
 */
class PluginSchedulerTest {
    private static final JobId JOB = JobId.of(FixtureJob.JOB_ID);

    @Test
    void thePluginSchedulesItsJobOnStartAndUnschedulesItOnStop() throws Exception {
        HostSchedulerService scheduler;
        try (TestDevHost devhost = TestDevHost.start(FixturePlugin.jar(), Files.createTempDirectory("devhost-scheduler"), true)) {
            scheduler = devhost.host().scheduler();
            assertThat(scheduler.scheduledJobs()).containsExactly(JOB);

            assertThat(scheduler.runNow(JOB)).isEqualTo(JobRunnerResponse.success("fixture job run 1 as " + JOB));
        }

        assertThat(scheduler.scheduledJobs()).as("unscheduled by the plugin's destroy method").isEmpty();
    }
}
