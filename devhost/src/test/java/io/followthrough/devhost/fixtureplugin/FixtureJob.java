package io.followthrough.devhost.fixtureplugin;

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
import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixture plugin bean: a once-per-cluster job as a plugin sets one up, registering its runner and
 * scheduling the job in init-method, unscheduling and unregistering in destroy-method. Its first run
 * is an hour away, so only {@code runNow} runs it during a test.
 */
public class FixtureJob implements JobRunner {
    public static final String JOB_ID = "io.followthrough.devhost.fixture.job";
    private static final JobRunnerKey KEY = JobRunnerKey.of("io.followthrough.devhost.fixture.runner");

    private final SchedulerService scheduler;
    private final AtomicInteger runs = new AtomicInteger();

    public FixtureJob(SchedulerService scheduler) {
        this.scheduler = scheduler;
    }

    public void start() throws SchedulerServiceException {
        scheduler.registerJobRunner(KEY, this);
        long hour = TimeUnit.HOURS.toMillis(1);
        scheduler.scheduleJob(JobId.of(JOB_ID), JobConfig.forJobRunnerKey(KEY)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(hour, new Date(System.currentTimeMillis() + hour))));
    }

    public void stop() {
        scheduler.unscheduleJob(JobId.of(JOB_ID));
        scheduler.unregisterJobRunner(KEY);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return JobRunnerResponse.success("fixture job run " + runs.incrementAndGet() + " as " + request.getJobId());
    }
}
