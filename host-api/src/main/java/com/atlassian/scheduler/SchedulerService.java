// Mirrors atlassian-scheduler's com.atlassian.scheduler.SchedulerService (subset); checked against atlassian-scheduler-api 1.6.0 javadoc, Bamboo 10.2.0's implementation and a newer published class.
package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

public interface SchedulerService {
    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    /** Replaces any job already scheduled under {@code jobId}. */
    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    void unscheduleJob(JobId jobId);
}
