// Mirrors atlassian-scheduler's com.atlassian.scheduler.config.IntervalScheduleInfo; checked against atlassian-scheduler-api 1.6.0 javadoc and a newer published class.
package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;

/** Made only by {@link Schedule#forInterval(long, Date)} and {@link Schedule#runOnce(Date)}. */
public final class IntervalScheduleInfo {
    private final Date firstRunTime;
    private final long intervalInMillis;

    IntervalScheduleInfo(Date firstRunTime, long intervalInMillis) {
        if (intervalInMillis < 0) {
            throw new IllegalArgumentException("intervalInMillis must not be negative");
        }
        this.firstRunTime = copy(firstRunTime);
        this.intervalInMillis = intervalInMillis;
    }

    private static Date copy(Date date) {
        return date == null ? null : new Date(date.getTime());
    }

    /** {@code null} means as soon as possible. */
    public Date getFirstRunTime() {
        return copy(firstRunTime);
    }

    /** {@code 0} means the job runs once. */
    public long getIntervalInMillis() {
        return intervalInMillis;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntervalScheduleInfo
                && ((IntervalScheduleInfo) other).intervalInMillis == intervalInMillis
                && Objects.equals(((IntervalScheduleInfo) other).firstRunTime, firstRunTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstRunTime, intervalInMillis);
    }

    @Override
    public String toString() {
        return "IntervalScheduleInfo[firstRunTime=" + firstRunTime + ",intervalInMillis=" + intervalInMillis + ']';
    }
}
