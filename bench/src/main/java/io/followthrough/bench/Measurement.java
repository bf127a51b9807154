package io.followthrough.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one scenario measured: wall-clock time of each run, SQL statements per run (the plugin's
 * Active Objects only) and a free-text note (winners, conflicts, throughput).
 */
public record Measurement(String scenario, List<Long> nanos, long statementsPerRun, String note) {

    public double medianMillis() {
        return percentile(50);
    }

    public double p95Millis() {
        return percentile(95);
    }

    private double percentile(int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }
}
