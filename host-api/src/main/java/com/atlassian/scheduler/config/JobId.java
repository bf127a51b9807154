// Mirrors atlassian-scheduler's com.atlassian.scheduler.config.JobId; checked against atlassian-scheduler-api 1.6.0 javadoc and a newer published class.
package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

public final class JobId implements Serializable, Comparable<JobId> {
    private static final long serialVersionUID = 1L;

    private final String id;

    private JobId(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public int compareTo(JobId other) {
        return id.compareTo(other.id);
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == JobId.class && ((JobId) other).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** The id as given to {@link #of(String)}. */
    @Override
    public String toString() {
        return id;
    }
}
