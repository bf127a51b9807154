// Mirrors atlassian-scheduler's com.atlassian.scheduler.config.Schedule (subset: no cron schedules); checked against atlassian-scheduler-api 1.6.0 javadoc and a newer published class.
package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;

public final class Schedule {
    private final Type type;
    private final IntervalScheduleInfo intervalScheduleInfo;

    private Schedule(Type type, IntervalScheduleInfo intervalScheduleInfo) {
        this.type = type;
        this.intervalScheduleInfo = intervalScheduleInfo;
    }

    /** Runs every {@code intervalInMillis} from {@code firstRunTime}, or from now when it is {@code null}. */
    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(Type.INTERVAL, new IntervalScheduleInfo(firstRunTime, intervalInMillis));
    }

    /** Runs once at {@code runTime}, or as soon as possible when it is {@code null}: an interval of 0. */
    public static Schedule runOnce(Date runTime) {
        return forInterval(0L, runTime);
    }

    public Type getType() {
        return type;
    }

    /** Set for {@link Type#INTERVAL}, {@code null} otherwise. */
    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return intervalScheduleInfo;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Schedule
                && ((Schedule) other).type == type
                && Objects.equals(((Schedule) other).intervalScheduleInfo, intervalScheduleInfo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, intervalScheduleInfo);
    }

    @Override
    public String toString() {
        return "Schedule[type=" + type + ",intervalScheduleInfo=" + intervalScheduleInfo + ']';
    }

    public enum Type {
        CRON_EXPRESSION,
        INTERVAL
    }
}
