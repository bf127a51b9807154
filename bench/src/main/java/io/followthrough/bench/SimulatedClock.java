package io.followthrough.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock the data generator sets to each simulated moment before it calls the app, so histories
 * span months instead of all saying "now". One per generator thread; the zone is the system's,
 * as the plugin's own clock ({@code Clock.systemDefaultZone()}) has.
 */
final class SimulatedClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;

    SimulatedClock(Instant start) {
        this(start, ZoneId.systemDefault());
    }

    private SimulatedClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new SimulatedClock(now, other);
    }
}
