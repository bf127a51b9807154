package io.followthrough.confluence.store;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.util.Map;

/**
 * Runs {@link TallyCompaction} every ten minutes, once per cluster, so that the report reads about
 * one tally row per key however busy the spaces are. Registered when the plugin starts and
 * unscheduled when it stops.
 */
public final class TallyCompactionJob implements JobRunner {
    public static final JobRunnerKey RUNNER = JobRunnerKey.of("io.followthrough.tally-compaction");
    public static final JobId JOB = JobId.of("io.followthrough.tally-compaction");
    static final long INTERVAL_MILLIS = 10 * 60 * 1000L;

    private final SchedulerService scheduler;
    private final TallyCompaction compaction;

    public TallyCompactionJob(SchedulerService schedulerService, TallyCompaction compaction) {
        this.scheduler = schedulerService;
        this.compaction = compaction;
    }

    /** Spring's init method. */
    public void start() throws SchedulerServiceException {
        scheduler.registerJobRunner(RUNNER, this);
        scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(INTERVAL_MILLIS, null)));
    }

    /** Spring's destroy method. */
    public void stop() {
        scheduler.unscheduleJob(JOB);
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            Map<String, TallyCompaction.Folded> folded = compaction.compactAll();
            int read = folded.values().stream().mapToInt(TallyCompaction.Folded::read).sum();
            int written = folded.values().stream().mapToInt(TallyCompaction.Folded::written).sum();
            return JobRunnerResponse.success("Folded " + read + " tally rows of " + folded.size() + " spaces into " + written);
        } catch (RuntimeException e) {
            return JobRunnerResponse.failed(e);
        }
    }
}
