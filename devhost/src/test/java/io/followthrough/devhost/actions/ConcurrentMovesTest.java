package io.followthrough.devhost.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.devhost.TestDevHost;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fifty owners' browsers accept one item at the same moment through the dev host's HTTP: one wins, nothing is lost. */
class ConcurrentMovesTest {
    private static final int CALLERS = 50;
    private static TestDevHost devhost;
    private static ActionPages pages;

    @BeforeAll
    static void start() throws Exception {
        devhost = TestDevHost.start();
        pages = new ActionPages(devhost);
    }

    @AfterAll
    static void stop() throws Exception {
        devhost.close();
    }

    @Test
    void fiftyConcurrentAcceptsGiveOne200AndForty9Conflicts() throws Exception {
        long id = pages.onlyItemId(pages.aliceAsksBob("Race", "2099-06-01"));
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            calls.add(pool.submit(() -> {
                go.await();
                HttpResponse<String> response = pages.move(id, "bob", "accept", 1);
                return response.statusCode();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> call : calls) {
            statuses.add(call.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(CALLERS - 1);
        String history = devhost.get(ActionPages.REST + "/items/" + id, "alice").body();
        assertThat(history.split("\"move\":\"accept\"", -1)).as("exactly one accept event").hasSize(2);
        assertThat(pages.version(id)).isEqualTo(2);
    }
}
