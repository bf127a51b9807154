// Mirrors atlassian-scheduler's com.atlassian.scheduler.config.JobConfig; checked against atlassian-scheduler-api 1.6.0 javadoc and a newer published class.
package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/** Immutable: each {@code with} method returns a changed copy. */
public final class JobConfig {
    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;
    private final Map<String, Serializable> parameters;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule,
                      Map<String, Serializable> parameters) {
        this.jobRunnerKey = jobRunnerKey;
        this.runMode = runMode != null ? runMode : RunMode.RUN_ONCE_PER_CLUSTER;
        this.schedule = schedule != null ? schedule : Schedule.runOnce(null);
        this.parameters = parameters;
    }

    /** Run once per cluster, as soon as possible, without parameters, until changed. */
    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(Objects.requireNonNull(jobRunnerKey, "jobRunnerKey"), null, null, Map.of());
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }

    /** Never {@code null}; unmodifiable. */
    public Map<String, Serializable> getParameters() {
        return parameters;
    }

    /** {@code null} means {@link RunMode#RUN_ONCE_PER_CLUSTER}. */
    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(jobRunnerKey, runMode, schedule, parameters);
    }

    /** {@code null} means {@code Schedule.runOnce(null)}. */
    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(jobRunnerKey, runMode, schedule, parameters);
    }

    /** Keeps a copy; {@code null} means none. */
    public JobConfig withParameters(Map<String, Serializable> parameters) {
        return new JobConfig(jobRunnerKey, runMode, schedule, parameters == null ? Map.of() : Map.copyOf(parameters));
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof JobConfig)) {
            return false;
        }
        JobConfig that = (JobConfig) other;
        return jobRunnerKey.equals(that.jobRunnerKey) && runMode == that.runMode
                && schedule.equals(that.schedule) && parameters.equals(that.parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobRunnerKey, runMode, schedule, parameters);
    }

    @Override
    public String toString() {
        return "JobConfig[jobRunnerKey=" + jobRunnerKey + ",runMode=" + runMode + ",schedule=" + schedule
                + ",parameters=" + parameters + ']';
    }
}
