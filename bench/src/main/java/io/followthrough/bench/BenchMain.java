package io.followthrough.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the benchmarks and prints one row per scenario: median and p95 time, SQL statements per run,
 * and notes. Options: --db JDBC_URL or --db hsqldb (default: an embedded PostgreSQL), --runs N
 * (timed runs per scenario, default 30), --pages N (pages of the generated space the report reads,
 * default 10000; items, outcomes, purposes and people scale with it), --threads N (generator
 * workers, default 4), --plugin JAR.
 */
public final class BenchMain {
    /** The generated space's key. */
    static final String SPACE_KEY = "BIG";

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String db = null;
        int runs = 30;
        int pages = 10_000;
        int threads = 4;
        Path plugin = Path.of("bench/target/plugins/followthrough-confluence.jar");
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            switch (args[i]) {
                case "--db" -> db = args[i + 1];
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--pages" -> pages = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--plugin" -> plugin = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --db JDBC_URL|hsqldb, --runs N, --pages N, --threads N, --plugin JAR");
            }
        }
        List<Measurement> results = new ArrayList<>();
        String generation;
        try (BenchHost bench = BenchHost.start(db, plugin)) {
            Scenarios scenarios = new Scenarios(bench.host(), Scenarios.WARM_UP);
            results.add(scenarios.renderPage(200, runs));
            results.add(scenarios.syncLargePage(1024 * 1024, runs));
            results.add(scenarios.concurrentMovesOnOneItem(200));
            results.add(scenarios.concurrentMovesOnDistinctItems(200));
            GeneratedSpace space = new SpaceGenerator(bench.host(), System.out).generate(SPACE_KEY, pages, threads);
            SpacePlan plan = space.plan();
            generation = String.format(Locale.ROOT,
                    "Generated space %s: %,d pages, %,d action items, %,d outcomes, %,d purposes, %,d owners, %,d requesters,"
                            + " %,d dated steps in %.1f s (%d threads, %s).",
                    SPACE_KEY, plan.pages.size(), plan.items(), plan.outcomes(), plan.purposes(), plan.owners.size(),
                    plan.requesters.size(), plan.steps(), space.took().toMillis() / 1000.0, threads,
                    bench.host().database().kind().name().toLowerCase(Locale.ROOT));
            results.addAll(scenarios.spaceReportAgainstBareSql(space, runs));
        }
        System.out.println();
        System.out.println(generation);
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
