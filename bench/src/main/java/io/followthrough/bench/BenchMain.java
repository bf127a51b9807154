package io.followthrough.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the benchmarks and prints one row per scenario: median and p95 time, SQL statements per run,
 * and notes. Options: --db JDBC_URL (a PostgreSQL to use; default: an embedded PostgreSQL),
 * --runs N (timed runs per scenario, default 30), --plugin JAR.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String db = null;
        int runs = 30;
        Path plugin = Path.of("bench/target/plugins/followthrough-confluence.jar");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--db" -> db = args[i + 1];
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--plugin" -> plugin = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Measurement> results = new ArrayList<>();
        try (BenchHost bench = BenchHost.start(db, plugin)) {
            Scenarios scenarios = new Scenarios(bench.host());
            results.add(scenarios.renderPage(200, runs));
            results.add(scenarios.syncLargePage(1024 * 1024, runs));
            results.add(scenarios.concurrentMovesOnOneItem(200));
            results.add(scenarios.concurrentMovesOnDistinctItems(200));
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "| %-45s | %10s | %10s | %10s | %s%n", "scenario", "median ms", "p95 ms",
                "SQL/run", "notes");
        System.out.println("|" + "-".repeat(47) + "|" + "-".repeat(12) + "|" + "-".repeat(12) + "|" + "-".repeat(12) + "|------");
        for (Measurement m : results) {
            System.out.printf(Locale.ROOT, "| %-45s | %10.1f | %10.1f | %10d | %s%n", m.scenario(), m.medianMillis(),
                    m.p95Millis(), m.statementsPerRun(), m.note());
        }
    }
}
