// Mirrors atlassian-scheduler's com.atlassian.scheduler.config.RunMode; checked against atlassian-scheduler-api 1.6.0 javadoc.
package com.atlassian.scheduler.config;

public enum RunMode {
    /** One node of the cluster runs each firing; the schedule survives restarts. */
    RUN_ONCE_PER_CLUSTER,
    /** Every node runs the job; the schedule lasts until the node stops. */
    RUN_LOCALLY
}
