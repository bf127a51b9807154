// Mirrors atlassian-scheduler's com.atlassian.scheduler.config.JobRunnerKey; checked against atlassian-scheduler-api 1.6.0 javadoc and a newer published class.
package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {
    private static final long serialVersionUID = 1L;

    private final String key;

    private JobRunnerKey(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public int compareTo(JobRunnerKey other) {
        return key.compareTo(other.key);
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == JobRunnerKey.class && ((JobRunnerKey) other).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    /** The key as given to {@link #of(String)}. */
    @Override
    public String toString() {
        return key;
    }
}
