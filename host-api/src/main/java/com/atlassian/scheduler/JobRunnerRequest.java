// Mirrors atlassian-scheduler's com.atlassian.scheduler.JobRunnerRequest; checked against atlassian-scheduler-api 1.6.0 javadoc and a newer published class.
package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import java.util.Date;

public interface JobRunnerRequest {
    Date getStartTime();

    JobId getJobId();

    JobConfig getJobConfig();

    boolean isCancellationRequested();
}
