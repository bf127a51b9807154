package io.followthrough.bench;

import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.core.commitment.State;
import io.followthrough.devhost.DevHost;
import io.followthrough.devhost.data.HostUser;
import io.followthrough.devhost.data.PageRecord;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The benchmark scenarios of DESIGN §6, each checking its own result before it reports a time: a
 * wrong answer fast is not a figure.
 */
final class Scenarios {
    private static final String REST = "/rest/followthrough/1.0";
    private static final Pattern ITEM_ID = Pattern.compile("\"id\":(\\d+)");
    /**
     * Runs before the timed ones, enough for a long-running server's state: the PostgreSQL driver
     * prepares a statement on the server from its fifth run on a connection, PostgreSQL may then
     * settle on one plan for any bound values a few runs later, and requests share a pool of ten
     * connections. Fewer warm-up runs can time plans a busy server no longer uses.
     */
    static final int WARM_UP = 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DevHost host;
    private final Http http;
    private final Space space;
    private final HostUser alice;
    private final HostUser bob;

    /** Runs before the timed ones in each timed scenario. */
    private final int warmUp;

    /** @param warmUp runs before the timed ones in each timed scenario: {@link #WARM_UP} for figures */
    Scenarios(DevHost host, int warmUp) {
        this.host = host;
        this.warmUp = warmUp;
        this.http = new Http(host.baseUrl());
        this.space = host.app().spaces().byKey("DEMO").orElseThrow();
        this.alice = host.app().users().byName("alice").orElseThrow();
        this.bob = host.app().users().byName("bob").orElseThrow();
    }

    /** Viewing a page with {@code actions} ft-action macros, as bob, over HTTP. */
    Measurement renderPage(int actions, int runs) throws Exception {
        String body = IntStream.range(0, actions)
                .mapToObj(i -> StorageBodies.action("render-" + i, bob.key().getStringValue(), "2099-01-01", "Task " + i))
                .collect(Collectors.joining());
        PageRecord page = host.app().operations().create(space, "Render " + actions + " " + System.nanoTime(), body, alice);
        String path = "/pages/viewpage.action?pageId=" + page.id();
        List<Long> times = new ArrayList<>();
        long statements = 0;
        for (int run = -warmUp; run < runs; run++) {
            long before = host.pluginStatements().count();
            long start = System.nanoTime();
            HttpResponse<String> response = http.get(path, "bob");
            long elapsed = System.nanoTime() - start;
            check(response.statusCode() == 200, "page view answered " + response.statusCode());
            check(count(response.body(), "class=\"ft-action-item\"") == actions, "not every item rendered");
            statements = Math.max(statements, host.pluginStatements().count() - before);
            if (run >= 0) {
                times.add(elapsed);
            }
        }
        return new Measurement("render page with " + actions + " action items", times, statements, "");
    }

    /** Scanning and syncing a page body of about {@code bytes} whose one item's due date changes each run. */
    Measurement syncLargePage(int bytes, int runs) throws Exception {
        String ownerKey = bob.key().getStringValue();
        String original = StorageBodies.page(bytes, i -> StorageBodies.action("sync-" + i, ownerKey, "2099-01-01", "Work " + i));
        PageRecord page = host.app().operations().create(space, "Large page " + System.nanoTime(), original, alice);
        int items = count(original, "ac:name=\"ft-action\" ac:schema");
        List<Long> times = new ArrayList<>();
        long statements = 0;
        for (int run = -warmUp; run < runs; run++) {
            String due = "2099-02-" + String.format("%02d", Math.floorMod(run, 28) + 1);
            String edited = original.replaceFirst("2099-01-01", due);
            Page updated = host.app().objects().page(page);
            updated.setBodyAsString(edited);
            long before = host.pluginStatements().count();
            long start = System.nanoTime();
            host.events().publish(new PageUpdateEvent(this, updated, updated, null));
            long elapsed = System.nanoTime() - start;
            statements = Math.max(statements, host.pluginStatements().count() - before);
            if (run >= 0) {
                times.add(elapsed);
            }
        }
        String json = http.get(REST + "/pages/" + page.id() + "/items", "alice").body();
        check(count(json, "\"macroId\":\"sync-") == items, "items on the page and in the store differ");
        check(json.contains("\"move\":\"terms-changed\""), "the due date edits were not synced");
        return new Measurement("sync " + (original.length() / 1024) + " KB page (" + items + " items, 1 changes)",
                times, statements, "");
    }

    /** {@code callers} people accept the same item at the same moment: one wins, the rest get 409. */
    Measurement concurrentMovesOnOneItem(int callers) throws Exception {
        PageRecord page = host.app().operations().create(space, "Race " + System.nanoTime(),
                StorageBodies.action("race", bob.key().getStringValue(), "2099-01-01", "Race"), alice);
        long id = itemIds(page).get(0);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            calls.add(() -> accept(id));
        }
        Race race = race(calls);
        String history = http.get(REST + "/items/" + id, "alice").body();
        check(race.count(200) == 1 && race.count(409) == callers - 1, "expected 1 winner, got " + race.summary());
        check(count(history, "\"move\":\"accept\"") == 1, "not exactly one accept recorded");
        return new Measurement(callers + " concurrent accepts of one item", race.times, 0, race.summary());
    }

    /** {@code callers} people accept {@code callers} different items at the same moment: all win. */
    Measurement concurrentMovesOnDistinctItems(int callers) throws Exception {
        String body = IntStream.range(0, callers)
                .mapToObj(i -> StorageBodies.action("many-" + i, bob.key().getStringValue(), "2099-01-01", "Task " + i))
                .collect(Collectors.joining());
        PageRecord page = host.app().operations().create(space, "Many " + System.nanoTime(), body, alice);
        List<Long> ids = itemIds(page);
        check(ids.size() == callers, "expected " + callers + " items, found " + ids.size());
        List<Callable<Integer>> calls = new ArrayList<>();
        ids.forEach(id -> calls.add(() -> accept(id)));
        Race race = race(calls);
        check(race.count(200) == callers, "every distinct accept should win, got " + race.summary());
        return new Measurement(callers + " concurrent accepts of distinct items", race.times, 0, race.summary());
    }

    /**
     * The space outcome report of a generated space, warm, as its space admin viewer, over HTTP
     * (the report page); first checked against the generator's expectation through its JSON twin.
     */
    Measurement spaceReport(GeneratedSpace space, int runs) throws Exception {
        return reportRuns(space, runs, null).get(0);
    }

    /**
     * As {@link #spaceReport}, with the bare aggregate SQL the report needs ({@link BareReportSql})
     * timed on its own connection after each report run: two rows, the report's (with the ratio of
     * the medians in its note) and the bare SQL's.
     */
    List<Measurement> spaceReportAgainstBareSql(GeneratedSpace space, int runs) throws Exception {
        String viewer = SpacePlan.REPORT_VIEWER;
        try (BareReportSql bare = new BareReportSql(host.database().jdbcUrl(), SimulatedApp.activeObjects(host).tablePrefix(),
                space.spaceKey(), space.hiddenPageIds(viewer))) {
            Map<State, Integer> counted = bare.run();
            check(counted.equals(space.expectedFor(viewer, Instant.now()).liveStates()),
                    "the bare SQL counts " + counted + " live items per state, the generator wrote "
                            + space.expectedFor(viewer, Instant.now()).liveStates());
            return reportRuns(space, runs, bare);
        }
    }

    private List<Measurement> reportRuns(GeneratedSpace space, int runs, BareReportSql bare) throws Exception {
        String viewer = SpacePlan.REPORT_VIEWER;
        checkReport(space, viewer);
        String path = "/plugins/servlet/followthrough/report?spaceKey=" + space.spaceKey();
        List<Long> times = new ArrayList<>();
        List<Long> sqlTimes = new ArrayList<>();
        List<Long> bareTimes = new ArrayList<>();
        long statements = 0;
        for (int run = -warmUp; run < runs; run++) {
            long before = host.pluginStatements().count();
            long sqlBefore = host.pluginStatements().nanos();
            long start = System.nanoTime();
            HttpResponse<String> response = http.get(path, viewer);
            long elapsed = System.nanoTime() - start;
            long inSql = host.pluginStatements().nanos() - sqlBefore;
            check(response.statusCode() == 200 && response.body().contains("class=\"ft-report\""),
                    "the report page answered " + response.statusCode());
            statements = Math.max(statements, host.pluginStatements().count() - before);
            long bareElapsed = 0;
            if (bare != null && run == 0) {
                bare.forgetTimes();
            }
            if (bare != null) {
                long bareStart = System.nanoTime();
                bare.run();
                bareElapsed = System.nanoTime() - bareStart;
            }
            if (run >= 0) {
                times.add(elapsed);
                sqlTimes.add(inSql);
                bareTimes.add(bareElapsed);
            }
        }
        SpacePlan plan = space.plan();
        String name = String.format(Locale.ROOT, "space report, %,d pages, %,d items", plan.pages.size(), plan.items());
        String inSql = String.format(Locale.ROOT, "median %.1f ms of it in the plugin's SQL",
                new Measurement(name, sqlTimes, statements, "").medianMillis());
        if (bare == null) {
            return List.of(new Measurement(name, times, statements, inSql));
        }
        Measurement bareSql = new Measurement("bare aggregate SQL for that report", bareTimes, BareReportSql.STATEMENTS,
                "plain JDBC on its own connection, between report runs; by statement: " + bare.medians());
        Measurement report = new Measurement(name, times, statements, "");
        String ratio = String.format(Locale.ROOT, "median %.1f x the bare SQL's; %s", report.medianMillis() / bareSql.medianMillis(), inSql);
        return List.of(new Measurement(name, times, statements, ratio), bareSql);
    }

    /** The report's JSON must show the viewer what the generator wrote on the pages they may view. */
    private void checkReport(GeneratedSpace space, String viewer) throws Exception {
        Instant before = Instant.now();
        HttpResponse<String> response = http.get(REST + "/spaces/" + space.spaceKey() + "/report", viewer);
        Instant after = Instant.now();
        check(response.statusCode() == 200, "the report's JSON answered " + response.statusCode());
        JsonNode report = JSON.readTree(response.body());
        // A figure that turns over with the clock (satisfied in the last 30 days) may do so during the request.
        List<String> wrong = space.expectedFor(viewer, before).differences(report);
        check(wrong.isEmpty() || space.expectedFor(viewer, after).differences(report).isEmpty(),
                "the report of " + space.spaceKey() + " for " + viewer + " differs from what was generated: " + wrong);
    }

    private int accept(long itemId) throws Exception {
        return http.postJson(REST + "/items/" + itemId + "/moves", "bob",
                "{\"move\":\"accept\",\"expectedVersion\":1}").statusCode();
    }

    private List<Long> itemIds(PageRecord page) throws Exception {
        Matcher m = ITEM_ID.matcher(http.get(REST + "/pages/" + page.id() + "/items", "alice").body());
        List<Long> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    /** Starts every call at once and records each one's status and latency. */
    private static Race race(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<long[]>> futures = new ArrayList<>();
        for (Callable<Integer> call : calls) {
            futures.add(pool.submit(() -> {
                go.await();
                long start = System.nanoTime();
                int status = call.call();
                return new long[] {status, System.nanoTime() - start};
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        Race race = new Race();
        for (Future<long[]> future : futures) {
            long[] result = future.get(120, TimeUnit.SECONDS);
            race.statuses.add((int) result[0]);
            race.times.add(result[1]);
        }
        race.wallNanos = System.nanoTime() - start;
        pool.shutdown();
        return race;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    private static void check(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalStateException("benchmark result is wrong: " + problem);
        }
    }

    /** Outcome of a burst of concurrent calls. */
    private static final class Race {
        final List<Integer> statuses = new ArrayList<>();
        final List<Long> times = new ArrayList<>();
        long wallNanos;

        long count(int status) {
            return statuses.stream().filter(s -> s == status).count();
        }

        String summary() {
            double seconds = wallNanos / 1e9;
            return String.format("%d winners, %d x 409, %d other; %.0f moves/s",
                    count(200), count(409), statuses.size() - count(200) - count(409), statuses.size() / seconds);
        }
    }
}
