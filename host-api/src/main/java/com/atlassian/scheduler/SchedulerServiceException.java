// Mirrors atlassian-scheduler's com.atlassian.scheduler.SchedulerServiceException; checked against atlassian-scheduler-api 1.6.0 javadoc and a newer published class.
package com.atlassian.scheduler;

public class SchedulerServiceException extends Exception {
    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
