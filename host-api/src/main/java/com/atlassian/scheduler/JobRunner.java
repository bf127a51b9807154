// Mirrors atlassian-scheduler's com.atlassian.scheduler.JobRunner; checked against atlassian-scheduler 2.0.0 javadoc and a newer published class.
package com.atlassian.scheduler;

public interface JobRunner {
    /** May return {@code null}, which the scheduler treats as {@link JobRunnerResponse#success()}. */
    JobRunnerResponse runJob(JobRunnerRequest request);
}
