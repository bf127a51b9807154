package io.followthrough.bench;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import io.followthrough.bench.SpacePlan.AddItems;
import io.followthrough.bench.SpacePlan.ItemEdit;
import io.followthrough.bench.SpacePlan.ItemMove;
import io.followthrough.bench.SpacePlan.ItemPlan;
import io.followthrough.bench.SpacePlan.OutcomePlan;
import io.followthrough.bench.SpacePlan.PagePlan;
import io.followthrough.bench.SpacePlan.PlannedUser;
import io.followthrough.bench.SpacePlan.StatusUpdate;
import io.followthrough.bench.SpacePlan.Step;
import io.followthrough.confluence.store.TallyCompactionJob;
import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.Kind;
import io.followthrough.core.commitment.MoveOutcome;
import io.followthrough.core.commitment.MoveRequest;
import io.followthrough.core.outcome.Outcome;
import io.followthrough.core.outcome.StatusChange;
import io.followthrough.core.outcome.StatusRequest;
import io.followthrough.devhost.DevHost;
import io.followthrough.devhost.ao.HostActiveObjects;
import io.followthrough.devhost.data.HostPages;
import io.followthrough.devhost.data.HostUser;
import io.followthrough.devhost.data.HostUsers;
import io.followthrough.devhost.data.PageRecord;
import io.followthrough.devhost.data.SpacePermission;
import io.followthrough.devhost.db.HostDatabase;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a {@link SpacePlan} into a dev host through the app's own code on simulated clocks, so
 * histories span months: users, the space and its permissions go into the host's tables; each page
 * version goes into the host's page tables without an event (the running plugin must not sync it
 * at today's time) and is then synced by a bench-side {@code PageSyncService} at its simulated
 * time; moves go through {@code Commitments.move} and outcome statuses through {@code Outcomes}.
 *
 * <p>Pages are independent of each other, so they are split between worker threads, each with its
 * own clock and wiring, and written in rounds, the plugin's tally compaction running after each;
 * within a page every step runs in time order. Many pages share one
 * transaction. Any move or update the app does not apply as planned stops the generator.
 */
final class SpaceGenerator {
    private static final int STEPS_PER_TRANSACTION = 1_000;
    /**
     * Rounds of writing, each followed by the plugin's tally compaction: the months of history the
     * generator writes in minutes would have seen the ten-minute job fold the tally many times.
     */
    private static final int ROUNDS = 20;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);

    private final DevHost host;
    private final PrintStream log;

    SpaceGenerator(DevHost host, PrintStream log) {
        this.host = host;
        this.log = log;
    }

    /** Plans and writes a space of {@code pages} pages with {@code threads} workers; the key must be new. */
    GeneratedSpace generate(String spaceKey, int pages, int threads) throws Exception {
        long start = System.nanoTime();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SpacePlan plan = SpacePlan.draw(spaceKey, pages, now, ZoneId.systemDefault());
        log.printf(Locale.ROOT, "%s: planned %,d pages, %,d action items, %,d outcomes, %,d purposes, %,d steps%n",
                spaceKey, plan.pages.size(), plan.items(), plan.outcomes(), plan.purposes(), plan.steps());
        Map<String, HostUser> users = users(plan);
        Space space = space(plan);
        HostActiveObjects ao = SimulatedApp.activeObjects(host);
        Map<Integer, Long> pageIds = new ConcurrentHashMap<>();
        Progress progress = new Progress(plan, start);
        List<PageWriter> writers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            writers.add(new PageWriter(new SimulatedApp(host, ao, new SimulatedClock(now)), space, users, pageIds));
        }
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                List<PagePlan> pagesOfRound = plan.pages.subList(round * plan.pages.size() / ROUNDS,
                        (round + 1) * plan.pages.size() / ROUNDS);
                List<Future<?>> running = new ArrayList<>();
                for (int w = 0; w < threads; w++) {
                    int worker = w;
                    List<PagePlan> mine = pagesOfRound.stream().filter(p -> p.index % threads == worker).toList();
                    running.add(workers.submit(() -> writeAll(mine, writers.get(worker), progress)));
                }
                for (Future<?> future : running) {
                    waitFor(future);
                }
                compactTally(ao);
            }
        } finally {
            workers.shutdownNow();
        }
        tidy();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        log.printf(Locale.ROOT, "%s: generated in %.1f s%n", spaceKey, took.toMillis() / 1000.0);
        return new GeneratedSpace(plan, plan.pages.stream().map(p -> pageIds.get(p.index)).toList(), took);
    }

    /**
     * Runs the plugin's compaction job, then on PostgreSQL vacuums the tally as autovacuum does
     * within a minute of a delete of most of a table's rows (the job runs every ten minutes), so
     * that the next round's rows reuse the space the folded rows left.
     */
    private void compactTally(HostActiveObjects ao) throws SQLException {
        log.printf(Locale.ROOT, "tally: %s%n", host.scheduler().runNow(TallyCompactionJob.JOB).getMessage());
        vacuum("VACUUM \"" + ao.tablePrefix() + "TALLY_COUNT\"");
    }

    /**
     * On PostgreSQL, vacuums and analyses the database as autovacuum would soon after such a burst of
     * writes, so what is measured next runs on the plans and table sizes of a database in use, not
     * on statistics from before the load.
     */
    private void tidy() throws SQLException {
        vacuum("VACUUM ANALYZE");
    }

    private void vacuum(String command) throws SQLException {
        if (host.database().kind() != HostDatabase.Kind.POSTGRESQL) {
            return;
        }
        try (Connection connection = host.database().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(command);
        }
    }

    private static void waitFor(Future<?> future) throws Exception {
        try {
            future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static Void writeAll(List<PagePlan> pages, PageWriter writer, Progress progress) {
        int next = 0;
        while (next < pages.size()) {
            int from = next;
            int steps = 0;
            while (next < pages.size() && steps < STEPS_PER_TRANSACTION) {
                steps += pages.get(next++).steps.size();
            }
            List<PagePlan> batch = pages.subList(from, next);
            writer.app.transactions.runInTransaction(() -> batch.forEach(writer::write));
            progress.written(batch);
        }
        return null;
    }

    /** The plan's people as dev host users, created when missing (a second space reuses them); also the report viewer. */
    private Map<String, HostUser> users(SpacePlan plan) {
        HostUsers users = host.app().users();
        Map<String, HostUser> byName = plan.people().parallelStream()
                .map(p -> users.byName(p.username()).orElseGet(() -> users.create(p.username(), p.fullName(),
                        p.username() + "@example.com", p.username(), false)))
                .collect(Collectors.toMap(HostUser::username, Function.identity()));
        byName.put(SpacePlan.REPORT_VIEWER, users.byName(SpacePlan.REPORT_VIEWER).orElseThrow(
                () -> new IllegalStateException("the report viewer " + SpacePlan.REPORT_VIEWER + " is not a dev host user")));
        return byName;
    }

    /** The space, administered by the report viewer; everyone in the plan may edit it. */
    private Space space(SpacePlan plan) {
        if (host.app().spaces().byKey(plan.spaceKey).isPresent()) {
            throw new IllegalStateException("space " + plan.spaceKey + " exists already; generate into a new key");
        }
        Space space = host.app().spaces().create(plan.spaceKey, "Generated space " + plan.spaceKey);
        host.app().spaces().grant(space, SpacePlan.REPORT_VIEWER, SpacePermission.ADMINISTER);
        plan.people().forEach(p -> host.app().spaces().grant(space, p.username(), SpacePermission.EDIT));
        return space;
    }

    /** Plays one page's steps through the app, keeping track of the ids and versions the app gave out. */
    private final class PageWriter {
        private final SimulatedApp app;
        private final Space space;
        private final Map<String, HostUser> users;
        private final Map<Integer, Long> pageIds;
        private final HostPages pages = host.app().pages();

        PageWriter(SimulatedApp app, Space space, Map<String, HostUser> users, Map<Integer, Long> pageIds) {
            this.app = app;
            this.space = space;
            this.users = users;
            this.pageIds = pageIds;
        }

        void write(PagePlan page) {
            PageState state = new PageState(page);
            for (Step step : page.steps) {
                app.clock.set(step.at());
                if (step instanceof AddItems add) {
                    add(state, add);
                } else if (step instanceof ItemMove move) {
                    move(state, move);
                } else if (step instanceof ItemEdit edit) {
                    edit(state, edit);
                } else if (step instanceof StatusUpdate update) {
                    status(state, update);
                }
            }
        }

        private void add(PageState state, AddItems add) {
            add.items().forEach(item -> state.present.put(item, new Terms(item.due, item.text)));
            boolean first = state.record == null;
            save(state);
            Map<String, Long> ids = app.items.byPage(state.record.id()).stream()
                    .collect(Collectors.toMap(ActionItem::macroId, ActionItem::id));
            for (ItemPlan item : add.items()) {
                Long id = ids.get(item.macroId);
                if (id == null) {
                    throw new IllegalStateException("page sync did not create item " + item.macroId + " on " + state.page.title);
                }
                state.versions.put(item, new Tracked(id, 1));
            }
            if (first) {
                pageIds.put(state.page.index, state.record.id());
                if (!state.page.restrictedTo.isEmpty()) {
                    pages.restrictViewing(state.record.id(), state.page.restrictedTo);
                }
                Map<String, Long> outcomeIds = app.outcomeStore.byPage(state.record.id()).stream()
                        .collect(Collectors.toMap(Outcome::macroId, Outcome::id));
                for (OutcomePlan outcome : state.page.outcomes) {
                    state.outcomeVersions.put(outcome, new Tracked(outcomeIds.get(outcome.macroId), 1));
                }
            }
        }

        private void move(PageState state, ItemMove move) {
            Tracked item = state.versions.get(move.item());
            String actor = key(move.byOwner() ? move.item().owner : requester(state.page, move.item()));
            MoveOutcome outcome = app.commitments.move(new MoveRequest(item.id, move.move(), actor, move.note(),
                    Optional.ofNullable(move.date()), item.version));
            if (!(outcome instanceof MoveOutcome.Applied applied) || applied.item().state() != move.to()) {
                throw new IllegalStateException("the app did not " + move.move().wireName() + " item " + item.id + " on "
                        + state.page.title + " at " + move.at() + " to " + move.to().wireName() + ": " + outcome);
            }
            item.version = applied.item().version();
        }

        private void edit(PageState state, ItemEdit edit) {
            if (edit.removes()) {
                state.present.remove(edit.item());
            } else {
                state.present.put(edit.item(), new Terms(edit.due(), edit.text()));
            }
            save(state);
            state.versions.get(edit.item()).version++;
        }

        private void status(PageState state, StatusUpdate update) {
            Tracked outcome = state.outcomeVersions.get(update.outcome());
            StatusChange change = app.outcomes.setStatus(new StatusRequest(outcome.id, update.status(),
                    key(update.outcome().owner), update.note(), outcome.version));
            if (!(change instanceof StatusChange.Applied applied)) {
                throw new IllegalStateException("the app did not set outcome " + outcome.id + " on " + state.page.title
                        + " to " + update.status().wireName() + ": " + change);
            }
            outcome.version = applied.outcome().version();
        }

        /** Stores a new version of the page (the first creates it), without events, then syncs it through the app. */
        private void save(PageState state) {
            String body = body(state);
            HostUser author = users.get(state.page.author.username());
            String authorKey = author.key().getStringValue();
            state.record = state.record == null
                    ? pages.create(space.getId(), state.page.title, body, authorKey)
                    : pages.update(state.record.id(), state.record.version(), state.page.title, body, authorKey)
                            .orElseThrow(() -> new IllegalStateException("someone else saved " + state.page.title));
            app.pageSync.saved(page(state.record, author));
        }

        /**
         * The Page the host's PageObjects makes of a stored version, built here because the author
         * (who created and last modified every version) is known: PageObjects looks them up twice a version.
         */
        private Page page(PageRecord record, HostUser author) {
            Page page = new Page();
            page.setId(record.id());
            page.setTitle(record.title());
            page.setBodyAsString(record.body());
            page.setVersion(record.version());
            page.setSpace(space);
            page.setCreator(author);
            page.setLastModifier(author);
            return page;
        }

        private String body(PageState state) {
            PagePlan page = state.page;
            StringBuilder body = new StringBuilder(512 + 400 * state.present.size());
            if (page.purpose != null) {
                body.append(StorageBodies.purpose(page.purpose.macroId(), key(page.purpose.sponsor()),
                        page.purpose.until().toString(), day(page.purpose.review()), page.purpose.statement()));
            }
            body.append("<h2>Context</h2><p>Notes kept by ").append(page.author.fullName())
                    .append(" for the team. Decisions are in bold; questions go to the space&rsquo;s channel.</p>");
            if (!page.outcomes.isEmpty()) {
                body.append("<h2>Expected outcomes</h2>");
                for (OutcomePlan outcome : page.outcomes) {
                    body.append(StorageBodies.outcome(outcome.macroId, outcome.title, key(outcome.owner),
                            outcome.due.toString(), "Agreed by the team at the review", "What " + outcome.title + " means for us."));
                }
            }
            if (!state.present.isEmpty()) {
                body.append("<h2>Action items</h2>");
            }
            state.present.forEach((item, terms) -> body.append(StorageBodies.action(item.macroId, key(item.owner),
                    item.requesterNamed ? key(item.requester) : null, day(terms.due), item.outcome,
                    item.kind == Kind.OFFER ? "offer" : null, terms.text)));
            body.append("<h2>Notes</h2><table><tbody><tr><th>Topic</th><th>Decision</th></tr>")
                    .append("<tr><td>Scope</td><td><strong>Agreed</strong> on the call.</td></tr></tbody></table>");
            return body.toString();
        }

        private PlannedUser requester(PagePlan page, ItemPlan item) {
            return item.requesterNamed ? item.requester : page.author;
        }

        private String key(PlannedUser user) {
            return users.get(user.username()).key().getStringValue();
        }

        private static String day(LocalDate date) {
            return date == null ? null : date.toString();
        }
    }

    /** What the generator knows of one page while writing it: its current version and macros, and the app's ids. */
    private static final class PageState {
        final PagePlan page;
        /** The action macros on the page now, in page order, with the terms the page states for each. */
        final Map<ItemPlan, Terms> present = new LinkedHashMap<>();
        final Map<ItemPlan, Tracked> versions = new HashMap<>();
        final Map<OutcomePlan, Tracked> outcomeVersions = new HashMap<>();
        PageRecord record;

        PageState(PagePlan page) {
            this.page = page;
        }
    }

    /** An item's or outcome's id and the version a move must be made against. */
    private static final class Tracked {
        final long id;
        int version;

        Tracked(long id, int version) {
            this.id = id;
            this.version = version;
        }
    }

    /** The parts of an item's terms that page edits change. */
    private record Terms(LocalDate due, String text) {
    }

    /** Counts what the workers wrote and prints it now and then. */
    private final class Progress {
        private final SpacePlan plan;
        private final long start;
        private final AtomicLong pages = new AtomicLong();
        private final AtomicLong items = new AtomicLong();
        private final AtomicLong steps = new AtomicLong();
        private long lastPrinted;

        Progress(SpacePlan plan, long start) {
            this.plan = plan;
            this.start = start;
            this.lastPrinted = start;
        }

        void written(List<PagePlan> batch) {
            pages.addAndGet(batch.size());
            items.addAndGet(batch.stream().mapToInt(p -> p.items.size()).sum());
            steps.addAndGet(batch.stream().mapToInt(p -> p.steps.size()).sum());
            synchronized (this) {
                long time = System.nanoTime();
                if (time - lastPrinted >= PROGRESS_EVERY.toNanos()) {
                    lastPrinted = time;
                    log.printf(Locale.ROOT, "%s: %,d of %,d pages, %,d action items, %,d steps written in %.0f s%n",
                            plan.spaceKey, pages.get(), plan.pages.size(), items.get(), steps.get(), (time - start) / 1e9);
                }
            }
        }
    }
}
