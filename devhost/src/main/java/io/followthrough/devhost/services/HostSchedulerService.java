package io.followthrough.devhost.services;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.IntervalScheduleInfo;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;
import java.io.PrintStream;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Atlassian Scheduler for the single-node dev host. Job runners are kept by key; a job of an interval
 * schedule runs on one daemon thread, first at its first run time (now when none is given), then
 * {@code intervalInMillis} after the previous run ended. As in Confluence:
 * <ul>
 *   <li>scheduling a job under an id already in use replaces that job;</li>
 *   <li>a firing whose job runner is not registered is skipped, and the schedule goes on, so the job
 *       runs at its next firing once the runner is registered (a run-once job that found no runner
 *       runs as soon as its runner is registered);</li>
 *   <li>a run-once job ({@code Schedule.runOnce}, an interval of 0) is forgotten after it has run;</li>
 *   <li>jobs run without a current user, and one job never runs twice at the same time.</li>
 * </ul>
 * A runner that throws is reported on standard error with the job id, and its schedule goes on. Both
 * run modes run the job once, since there is one node. Cron schedules are not supported.
 */
public final class HostSchedulerService implements SchedulerService, AutoCloseable {
    private static final long CLOSE_WAIT_SECONDS = 5;

    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, Job> jobs = new ConcurrentHashMap<>();
    /** One lock per job id, held while the job runs, so no job runs twice at once. */
    private final Map<JobId, Object> runLocks = new ConcurrentHashMap<>();
    private final ScheduledThreadPoolExecutor executor;
    private final PrintStream errors;
    private volatile boolean closed;

    public HostSchedulerService() {
        this(System.err);
    }

    /** Reports failing jobs to {@code errors} instead of standard error; for tests. */
    HostSchedulerService(PrintStream errors) {
        this.errors = Objects.requireNonNull(errors, "errors");
        executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "devhost-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
    }

    /** A scheduled job; {@code missedRun} is set when a run-once job fired without a registered runner. */
    private static final class Job {
        final JobId id;
        final JobConfig config;
        volatile ScheduledFuture<?> future;
        volatile boolean missedRun;

        Job(JobId id, JobConfig config) {
            this.id = id;
            this.config = config;
        }

        boolean runsOnce() {
            return config.getSchedule().getIntervalScheduleInfo().getIntervalInMillis() == 0;
        }
    }

    /** Replaces the runner registered under the key, if any; jobs of that key that missed a run-once run now. */
    @Override
    public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
        Objects.requireNonNull(jobRunnerKey, "jobRunnerKey");
        Objects.requireNonNull(jobRunner, "jobRunner");
        runners.put(jobRunnerKey, jobRunner);
        for (Job job : jobs.values()) {
            if (job.missedRun && job.config.getJobRunnerKey().equals(jobRunnerKey)) {
                synchronized (runLock(job.id)) {
                    if (jobs.get(job.id) == job && job.missedRun && !closed) {
                        job.missedRun = false;
                        job.future = executor.schedule(() -> fire(job), 0, TimeUnit.MILLISECONDS);
                    }
                }
            }
        }
    }

    /** Scheduled jobs stay scheduled; their firings are skipped until a runner is registered again. */
    @Override
    public void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
        runners.remove(Objects.requireNonNull(jobRunnerKey, "jobRunnerKey"));
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(jobConfig, "jobConfig");
        Schedule schedule = jobConfig.getSchedule();
        if (schedule.getType() != Schedule.Type.INTERVAL) {
            throw new SchedulerServiceException("The dev host runs interval schedules only, not " + schedule);
        }
        if (closed) {
            throw new SchedulerServiceException("The scheduler has stopped; job " + jobId + " was not scheduled");
        }
        Job job = new Job(jobId, jobConfig);
        synchronized (runLock(jobId)) {
            Job replaced = jobs.put(jobId, job);
            if (replaced != null) {
                replaced.future.cancel(false);
            }
            IntervalScheduleInfo info = schedule.getIntervalScheduleInfo();
            Date first = info.getFirstRunTime();
            long delay = first == null ? 0 : Math.max(0, first.getTime() - System.currentTimeMillis());
            Runnable task = () -> fire(job);
            try {
                job.future = info.getIntervalInMillis() == 0
                        ? executor.schedule(task, delay, TimeUnit.MILLISECONDS)
                        : executor.scheduleWithFixedDelay(task, delay, info.getIntervalInMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                jobs.remove(jobId, job);
                throw new SchedulerServiceException("The scheduler has stopped; job " + jobId + " was not scheduled", e);
            }
        }
    }

    /**
     * Cancels the job. A run in progress is not interrupted: this returns once it has finished, so a
     * plugin that unschedules its job while stopping knows the job no longer runs.
     */
    @Override
    public void unscheduleJob(JobId jobId) {
        Objects.requireNonNull(jobId, "jobId");
        synchronized (runLock(jobId)) {
            Job job = jobs.remove(jobId);
            if (job != null) {
                job.future.cancel(false);
            }
        }
    }

    /**
     * Dev host only: runs the scheduled job now, on the calling thread and without a current user, as
     * its firing would, and returns when it has finished (after a firing in progress, if any). Its
     * schedule is unchanged. A runner that throws is reported as a firing's would be, and its exception
     * becomes {@code JobRunnerResponse.failed(exception)}; a {@code null} response is returned as
     * {@code success()}.
     *
     * @throws IllegalArgumentException if no job is scheduled under {@code jobId}
     * @throws IllegalStateException if no runner is registered for the job's runner key
     */
    public JobRunnerResponse runNow(JobId jobId) {
        Objects.requireNonNull(jobId, "jobId");
        synchronized (runLock(jobId)) {
            Job job = jobs.get(jobId);
            if (job == null) {
                throw new IllegalArgumentException("No job is scheduled under id " + jobId);
            }
            JobRunner runner = runners.get(job.config.getJobRunnerKey());
            if (runner == null) {
                throw new IllegalStateException("Job " + jobId + " cannot run: no job runner is registered for key "
                        + job.config.getJobRunnerKey());
            }
            ConfluenceUser user = AuthenticatedUserThreadLocal.get();
            AuthenticatedUserThreadLocal.reset();
            try {
                return run(job, runner);
            } finally {
                AuthenticatedUserThreadLocal.set(user);
            }
        }
    }

    /** Dev host only: the ids of the jobs now scheduled, sorted. */
    public Set<JobId> scheduledJobs() {
        return new TreeSet<>(jobs.keySet());
    }

    /** A firing on the scheduler thread. */
    private void fire(Job job) {
        synchronized (runLock(job.id)) {
            if (jobs.get(job.id) != job) {
                return; // unscheduled or replaced after this firing was due
            }
            JobRunner runner = runners.get(job.config.getJobRunnerKey());
            if (runner == null) {
                job.missedRun = job.runsOnce();
                return;
            }
            if (job.runsOnce()) {
                jobs.remove(job.id, job);
            }
            run(job, runner);
        }
    }

    private JobRunnerResponse run(Job job, JobRunner runner) {
        Request request = new Request(new Date(), job.id, job.config);
        try {
            JobRunnerResponse response = runner.runJob(request);
            return response != null ? response : JobRunnerResponse.success();
        } catch (RuntimeException | Error e) {
            errors.println("Scheduled job " + job.id + " (runner " + job.config.getJobRunnerKey() + ") failed:");
            e.printStackTrace(errors);
            return JobRunnerResponse.failed(e);
        }
    }

    private Object runLock(JobId jobId) {
        return runLocks.computeIfAbsent(jobId, id -> new Object());
    }

    /** Stops the scheduler thread: no job starts after this; a job still running gets a few seconds to finish. */
    @Override
    public void close() {
        closed = true;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                errors.println("A scheduled job was still running after " + CLOSE_WAIT_SECONDS
                        + " s; interrupting the scheduler thread");
                executor.shutdownNow();
                executor.awaitTermination(1, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** What a runner is given: cancellation is requested once the scheduler is closing. */
    private final class Request implements JobRunnerRequest {
        private final Date startTime;
        private final JobId jobId;
        private final JobConfig jobConfig;

        Request(Date startTime, JobId jobId, JobConfig jobConfig) {
            this.startTime = startTime;
            this.jobId = jobId;
            this.jobConfig = jobConfig;
        }

        @Override
        public Date getStartTime() {
            return new Date(startTime.getTime());
        }

        @Override
        public JobId getJobId() {
            return jobId;
        }

        @Override
        public JobConfig getJobConfig() {
            return jobConfig;
        }

        @Override
        public boolean isCancellationRequested() {
            return closed;
        }
    }
}
