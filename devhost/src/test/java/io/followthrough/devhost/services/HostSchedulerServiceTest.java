package io.followthrough.devhost.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dev host's Atlassian Scheduler: interval runs, runNow, unscheduling, failures and late runners. */
class HostSchedulerServiceTest {
    private static final JobRunnerKey KEY = JobRunnerKey.of("io.followthrough.test.runner");
    private static final JobId JOB = JobId.of("io.followthrough.test.job");
    /** Short enough to see several runs quickly; the latches below wait at most WAIT_SECONDS. */
    private static final long INTERVAL_MS = 20;
    private static final long WAIT_SECONDS = 5;

    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private final HostSchedulerService scheduler =
            new HostSchedulerService(new PrintStream(errors, true, StandardCharsets.UTF_8));

    @AfterEach
    void close() {
        scheduler.close();
    }

    private static JobConfig every(long intervalMillis, Date firstRunTime) {
        return JobConfig.forJobRunnerKey(KEY)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(intervalMillis, firstRunTime));
    }

    /** A first run time far enough ahead that no firing happens during a test. */
    private static Date inAnHour() {
        return new Date(System.currentTimeMillis() + TimeUnit.HOURS.toMillis(1));
    }

    @Test
    void anIntervalJobRunsRepeatedlyOnTheSchedulerThread() throws Exception {
        CountDownLatch threeRuns = new CountDownLatch(3);
        List<String> threads = new CopyOnWriteArrayList<>();
        List<JobId> ids = new CopyOnWriteArrayList<>();
        scheduler.registerJobRunner(KEY, request -> {
            threads.add(Thread.currentThread().getName());
            ids.add(request.getJobId());
            threeRuns.countDown();
            return JobRunnerResponse.success();
        });

        scheduler.scheduleJob(JOB, every(INTERVAL_MS, null));

        assertThat(threeRuns.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("three runs").isTrue();
        assertThat(threads).allMatch("devhost-scheduler"::equals);
        assertThat(ids).allMatch(JOB::equals);
        assertThat(scheduler.scheduledJobs()).containsExactly(JOB);
    }

    @Test
    void runNowRunsTheJobOnTheCallingThreadWithoutAUserAndReturnsItsResponse() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        List<String> seen = new CopyOnWriteArrayList<>();
        scheduler.registerJobRunner(KEY, request -> {
            seen.add(Thread.currentThread().getName() + " user=" + AuthenticatedUserThreadLocal.get()
                    + " params=" + request.getJobConfig().getParameters());
            return JobRunnerResponse.success("run " + runs.incrementAndGet());
        });
        scheduler.scheduleJob(JOB, every(TimeUnit.HOURS.toMillis(1), inAnHour())
                .withParameters(Map.of("space", "DEMO")));
        ConfluenceUser alice = user("alice");
        AuthenticatedUserThreadLocal.set(alice);
        try {
            JobRunnerResponse response = scheduler.runNow(JOB);

            assertThat(response).isEqualTo(JobRunnerResponse.success("run 1"));
            assertThat(runs).hasValue(1);
            assertThat(seen).containsExactly(Thread.currentThread().getName() + " user=null params={space=DEMO}");
            assertThat(AuthenticatedUserThreadLocal.get()).as("the caller's user is back").isSameAs(alice);
        } finally {
            AuthenticatedUserThreadLocal.reset();
        }
    }

    @Test
    void runNowReportsARunnerFailureAsAResponseAndKnowsOnlyScheduledJobs() throws Exception {
        scheduler.registerJobRunner(KEY, request -> {
            throw new IllegalStateException("on purpose");
        });
        scheduler.scheduleJob(JOB, every(TimeUnit.HOURS.toMillis(1), inAnHour()));

        assertThat(scheduler.runNow(JOB)).isEqualTo(JobRunnerResponse.failed("IllegalStateException: on purpose"));
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains(JOB.toString(), "on purpose");
        assertThatThrownBy(() -> scheduler.runNow(JobId.of("unknown")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown");
    }

    @Test
    void aNullResponseCountsAsSuccess() throws Exception {
        scheduler.registerJobRunner(KEY, request -> null);
        scheduler.scheduleJob(JOB, every(TimeUnit.HOURS.toMillis(1), inAnHour()));

        assertThat(scheduler.runNow(JOB)).isEqualTo(JobRunnerResponse.success());
    }

    @Test
    void unschedulingStopsTheJob() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch firstRun = new CountDownLatch(1);
        scheduler.registerJobRunner(KEY, request -> {
            runs.incrementAndGet();
            firstRun.countDown();
            return null;
        });
        scheduler.scheduleJob(JOB, every(INTERVAL_MS, null));
        assertThat(firstRun.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("first run").isTrue();

        scheduler.unscheduleJob(JOB);
        int afterUnschedule = runs.get();
        // Long enough for several firings at INTERVAL_MS had the job stayed scheduled.
        Thread.sleep(10 * INTERVAL_MS);

        assertThat(runs).hasValue(afterUnschedule);
        assertThat(scheduler.scheduledJobs()).isEmpty();
        assertThatThrownBy(() -> scheduler.runNow(JOB)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void schedulingUnderAnIdInUseReplacesTheJob() throws Exception {
        List<String> runs = new CopyOnWriteArrayList<>();
        scheduler.registerJobRunner(KEY, request -> {
            runs.add((String) request.getJobConfig().getParameters().get("n"));
            return null;
        });
        scheduler.scheduleJob(JOB, every(TimeUnit.HOURS.toMillis(1), inAnHour()).withParameters(Map.of("n", "1")));
        scheduler.scheduleJob(JOB, every(TimeUnit.HOURS.toMillis(1), inAnHour()).withParameters(Map.of("n", "2")));

        scheduler.runNow(JOB);

        assertThat(runs).containsExactly("2");
        assertThat(scheduler.scheduledJobs()).containsExactly(JOB);
    }

    @Test
    void anExceptionInARunnerDoesNotStopTheNextRun() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch secondRun = new CountDownLatch(1);
        scheduler.registerJobRunner(KEY, request -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("first run fails on purpose");
            }
            secondRun.countDown();
            return JobRunnerResponse.success();
        });

        scheduler.scheduleJob(JOB, every(INTERVAL_MS, null));

        assertThat(secondRun.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("a run after the failing one").isTrue();
        assertThat(errors.toString(StandardCharsets.UTF_8))
                .contains("Scheduled job " + JOB + " (runner " + KEY + ") failed", "first run fails on purpose");
    }

    @Test
    void aJobScheduledBeforeItsRunnerIsRegisteredRunsOnceTheRunnerIs() throws Exception {
        scheduler.scheduleJob(JOB, every(INTERVAL_MS, null));
        assertThatThrownBy(() -> scheduler.runNow(JOB)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(KEY.toString());

        CountDownLatch ran = new CountDownLatch(1);
        scheduler.registerJobRunner(KEY, request -> {
            ran.countDown();
            return null;
        });

        assertThat(ran.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("a run after registration").isTrue();
    }

    @Test
    void aRunOnceJobThatFoundNoRunnerRunsWhenItsRunnerIsRegisteredAndIsThenForgotten() throws Exception {
        JobRunnerKey markerKey = JobRunnerKey.of("marker");
        CountDownLatch markerRan = new CountDownLatch(1);
        scheduler.registerJobRunner(markerKey, request -> {
            markerRan.countDown();
            return null;
        });
        // Both run on the one scheduler thread, the marker later, so its run shows the first has fired.
        scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(KEY).withSchedule(Schedule.runOnce(null)));
        scheduler.scheduleJob(JobId.of("marker"), JobConfig.forJobRunnerKey(markerKey)
                .withSchedule(Schedule.runOnce(new Date(System.currentTimeMillis() + INTERVAL_MS))));
        assertThat(markerRan.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(scheduler.scheduledJobs()).as("the run-once job waits for its runner").containsExactly(JOB);

        CountDownLatch ran = new CountDownLatch(1);
        scheduler.registerJobRunner(KEY, request -> {
            ran.countDown();
            return null;
        });

        assertThat(ran.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the run-once job ran").isTrue();
        assertThat(scheduler.scheduledJobs()).isEmpty();
    }

    @Test
    void aClosedSchedulerRefusesNewJobsAndAsksRunningOnesToStop() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancellationSeen = new CountDownLatch(1);
        scheduler.registerJobRunner(KEY, request -> {
            started.countDown();
            while (!request.isCancellationRequested()) {
                Thread.onSpinWait();
            }
            cancellationSeen.countDown();
            return null;
        });
        scheduler.scheduleJob(JOB, every(INTERVAL_MS, null));
        assertThat(started.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();

        scheduler.close();

        assertThat(cancellationSeen.getCount()).as("close waited for the running job").isZero();
        assertThatThrownBy(() -> scheduler.scheduleJob(JobId.of("late"), every(INTERVAL_MS, null)))
                .isInstanceOf(SchedulerServiceException.class);
    }

    private static ConfluenceUser user(String name) {
        return (ConfluenceUser) Proxy.newProxyInstance(HostSchedulerServiceTest.class.getClassLoader(),
                new Class<?>[] {ConfluenceUser.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "toString" -> "user " + name;
                    case "hashCode" -> name.hashCode();
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
