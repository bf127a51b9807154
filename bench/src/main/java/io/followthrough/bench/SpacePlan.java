package io.followthrough.bench;

import io.followthrough.core.commitment.Kind;
import io.followthrough.core.commitment.Move;
import io.followthrough.core.commitment.State;
import io.followthrough.core.outcome.OutcomeStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A space to generate, drawn from a fixed seed before anything is written: its people, pages,
 * expected outcomes, purposes and view restrictions, and each page's life as dated steps (page
 * versions that add items, people's moves, edits that change terms or remove a macro, outcome status
 * updates), none later than {@code now}. The same size on the same day gives the same plan.
 *
 * <p>The plan also knows how every item and outcome ends, worked out here from the state machine
 * of DESIGN §5.4 and not by the app, so the report can be checked against it.
 *
 * <p>Per 10,000 pages: 100,000 action items, 5,000 expected outcomes, 1,000 purposes, 200 owners and
 * 60 requesters; every figure scales with the number of pages.
 */
final class SpacePlan {
    /** Who reads the report: a space admin, from the dev host's demo users. */
    static final String REPORT_VIEWER = "alice";
    private static final long SEED = 20_261_122L;
    private static final int ITEMS_PER_PAGE = 10;
    private static final int MAX_OUTCOMES_PER_PAGE = 10;
    /** How far back the oldest pages go. */
    private static final int HISTORY_DAYS = 270;

    private static final String[] FIRST = {"Ada", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas",
        "Kemi", "Lars", "Maya", "Nils", "Olga", "Priya", "Quentin", "Rosa", "Sami", "Tara"};
    private static final String[] LAST = {"Okafor", "Lindqvist", "Moreau", "Tanaka", "Kowalski", "Haddad", "Novak", "Silva",
        "Brennan", "Yilmaz", "Fischer", "Costa", "Nakamura", "Petrov", "Dubois", "Keller", "Ahmed", "Larsen", "Rossi", "Walsh"};
    private static final String[] PAGE_KINDS = {"Team meeting notes", "Project plan", "Retrospective", "Launch checklist",
        "Quarterly planning", "Incident review", "Customer escalation", "Hiring plan", "Design review", "Budget review"};
    private static final String[] VERBS = {"Draft", "Review", "Update", "Send", "Prepare", "Migrate", "Book", "Test",
        "Publish", "Collect", "Schedule", "Fix"};
    private static final String[] OBJECTS = {"the budget proposal", "the onboarding checklist", "customer feedback",
        "the release notes", "the vendor contract", "the training plan", "the roadmap", "the incident report",
        "access requests", "the data export", "the hiring panel", "the status page"};
    private static final String[] GOALS = {"Faster onboarding", "Fewer incidents", "Lower churn", "Happier customers",
        "Shorter release cycle", "Clean audit", "Predictable budget", "Stronger team", "Open roadmap", "Better docs",
        "Quicker support", "Safer deploys"};
    private static final String[] REASONS = {"No capacity this quarter.", "Priorities changed after the review.",
        "Blocked by the vendor.", "Not what we agreed on the call.", "Moved to another team.", "Needs another round."};

    final String spaceKey;
    final Instant now;
    final ZoneId zone;
    final List<PlannedUser> owners;
    final List<PlannedUser> requesters;
    final List<PagePlan> pages;

    private SpacePlan(String spaceKey, Instant now, ZoneId zone, List<PlannedUser> owners, List<PlannedUser> requesters,
                      List<PagePlan> pages) {
        this.spaceKey = spaceKey;
        this.now = now;
        this.zone = zone;
        this.owners = owners;
        this.requesters = requesters;
        this.pages = pages;
    }

    /** Plans a space of {@code pageCount} pages whose history ends just before {@code now}. */
    static SpacePlan draw(String spaceKey, int pageCount, Instant now, ZoneId zone) {
        if (pageCount < 1) {
            throw new IllegalArgumentException("a space needs at least one page, not " + pageCount);
        }
        return new Drawing(spaceKey, pageCount, now, zone).plan();
    }

    List<PlannedUser> people() {
        List<PlannedUser> all = new ArrayList<>(owners);
        all.addAll(requesters);
        return all;
    }

    int items() {
        return pages.stream().mapToInt(p -> p.items.size()).sum();
    }

    int outcomes() {
        return pages.stream().mapToInt(p -> p.outcomes.size()).sum();
    }

    int purposes() {
        return (int) pages.stream().filter(p -> p.purpose != null).count();
    }

    int steps() {
        return pages.stream().mapToInt(p -> p.steps.size()).sum();
    }

    /** A user the generator creates in the dev host; the password is the username, as for the demo users. */
    record PlannedUser(String username, String fullName) {
    }

    /** One page: what it holds over time and the dated steps that get it there, oldest first. */
    static final class PagePlan {
        final int index;
        final String title;
        final PlannedUser author;
        /** Who may view the page; empty when it is not restricted. */
        final Set<String> restrictedTo = new LinkedHashSet<>();
        final List<OutcomePlan> outcomes = new ArrayList<>();
        final List<ItemPlan> items = new ArrayList<>();
        final List<Step> steps = new ArrayList<>();
        PurposePlan purpose;

        PagePlan(int index, String title, PlannedUser author) {
            this.index = index;
            this.title = title;
            this.author = author;
        }

        boolean viewableBy(String username) {
            return restrictedTo.isEmpty() || restrictedTo.contains(username);
        }
    }

    /** A page's ft-purpose macro. */
    record PurposePlan(String macroId, PlannedUser sponsor, LocalDate until, LocalDate review, String statement) {
    }

    /** An ft-outcome macro and the status its owner last set, once the plan's updates are applied. */
    static final class OutcomePlan {
        final String macroId;
        final String title;
        final PlannedUser owner;
        final LocalDate due;
        OutcomeStatus finalStatus = OutcomeStatus.PLANNED;

        OutcomePlan(String macroId, String title, PlannedUser owner, LocalDate due) {
            this.macroId = macroId;
            this.title = title;
            this.owner = owner;
            this.due = due;
        }
    }

    /** An ft-action macro as first written, and how its story ends. */
    static final class ItemPlan {
        final String macroId;
        final Kind kind;
        final PlannedUser owner;
        final PlannedUser requester;
        /** False when the macro leaves the requester out and the page's author becomes it. */
        final boolean requesterNamed;
        final LocalDate due;
        final String outcome;
        final String text;
        Instant appearsAt;
        State finalState;
        boolean removed;
        LocalDate effectiveDue;
        Instant stateSince;

        ItemPlan(String macroId, Kind kind, PlannedUser owner, PlannedUser requester, boolean requesterNamed, LocalDate due,
                 String outcome, String text, Instant appearsAt) {
            this.macroId = macroId;
            this.kind = kind;
            this.owner = owner;
            this.requester = requester;
            this.requesterNamed = requesterNamed;
            this.due = due;
            this.outcome = outcome;
            this.text = text;
            this.appearsAt = appearsAt;
        }
    }

    /** Something that happens to a page at a simulated moment. */
    sealed interface Step permits AddItems, ItemMove, ItemEdit, StatusUpdate {
        Instant at();
    }

    /** A page version that adds these macros; the first one creates the page with its outcomes and purpose. */
    record AddItems(Instant at, List<ItemPlan> items) implements Step {
    }

    /** A person's move; {@code to} is the state the item must reach. */
    record ItemMove(Instant at, ItemPlan item, Move move, boolean byOwner, String note, LocalDate date, State to)
            implements Step {
    }

    /** A page version that gives the item these terms, or that removes its macro. */
    record ItemEdit(Instant at, ItemPlan item, LocalDate due, String text, boolean removes) implements Step {
    }

    /** The outcome's owner sets its status. */
    record StatusUpdate(Instant at, OutcomePlan outcome, OutcomeStatus status, String note) implements Step {
    }

    /** How an item's story ends when nothing cuts it short, with its weight among requests and among offers. */
    private enum Ending {
        UNANSWERED(9, 10), COUNTERED(3, 0), ACCEPTED(22, 25), DONE(8, 8), SATISFIED(40, 40), DECLINED(7, 10),
        WITHDRAWN(2, 4), RELEASED(3, 1), CANCELLED(6, 2);

        final int requestWeight;
        final int offerWeight;

        Ending(int requestWeight, int offerWeight) {
            this.requestWeight = requestWeight;
            this.offerWeight = offerWeight;
        }

        static Ending draw(Kind kind, Random random) {
            int total = Arrays.stream(values()).mapToInt(e -> e.weight(kind)).sum();
            int pick = random.nextInt(total);
            for (Ending ending : values()) {
                pick -= ending.weight(kind);
                if (pick < 0) {
                    return ending;
                }
            }
            throw new IllegalStateException("weights do not add up");
        }

        private int weight(Kind kind) {
            return kind == Kind.OFFER ? offerWeight : requestWeight;
        }
    }

    /** Draws a plan; structure from one seeded random, each item's and outcome's story from its own, so one story cut short by the day's time cannot shift the rest. */
    private static final class Drawing {
        private final String spaceKey;
        private final int pageCount;
        private final Instant now;
        private final Instant cutoff;
        private final ZoneId zone;
        private final LocalDate today;
        private final Random random = new Random(SEED);
        private final List<PlannedUser> owners = new ArrayList<>();
        private final List<PlannedUser> requesters = new ArrayList<>();
        private int stories;

        Drawing(String spaceKey, int pageCount, Instant now, ZoneId zone) {
            this.spaceKey = spaceKey;
            this.pageCount = pageCount;
            this.now = now;
            this.cutoff = now.minus(Duration.ofMinutes(1));
            this.zone = zone;
            this.today = LocalDate.ofInstant(now, zone);
        }

        SpacePlan plan() {
            int ownerCount = Math.max(5, scaled(200));
            int requesterCount = Math.max(3, scaled(60));
            for (int i = 0; i < ownerCount; i++) {
                owners.add(new PlannedUser(String.format("owner-%03d", i + 1), name(i)));
            }
            for (int i = 0; i < requesterCount; i++) {
                requesters.add(new PlannedUser(String.format("requester-%02d", i + 1), name(ownerCount + i)));
            }
            Zipf ownerRanks = new Zipf(ownerCount, 1.0);
            Zipf requesterRanks = new Zipf(requesterCount, 1.1);
            List<PagePlan> pages = new ArrayList<>();
            for (int i = 0; i < pageCount; i++) {
                pages.add(new PagePlan(i, String.format("%s %05d", PAGE_KINDS[random.nextInt(PAGE_KINDS.length)], i + 1),
                        requesters.get(requesterRanks.next(random))));
            }
            int[] itemCounts = itemsPerPage();
            placeOutcomes(pages, itemCounts, ownerRanks);
            placePurposes(pages, itemCounts, ownerRanks);
            double linkShare = linkShare(pages, itemCounts);
            for (PagePlan page : pages) {
                drawItems(page, itemCounts[page.index], linkShare, ownerRanks, requesterRanks);
                schedule(page);
            }
            restrict(pages);
            return new SpacePlan(spaceKey, now, zone, List.copyOf(owners), List.copyOf(requesters), List.copyOf(pages));
        }

        private int scaled(int perTenThousandPages) {
            return (int) Math.round(perTenThousandPages * (pageCount / 10_000.0));
        }

        private static String name(int i) {
            return FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length + i) % LAST.length];
        }

        /**
         * Skewed: a fifth of the pages have none, most have a few (1 to 15), some 16 to 49 and a few
         * 50 to 200; then adjusted one by one so the space holds exactly ten per page.
         */
        private int[] itemsPerPage() {
            int[] counts = new int[pageCount];
            for (int i = 0; i < pageCount; i++) {
                double u = random.nextDouble();
                if (u < 0.20) {
                    counts[i] = 0;
                } else if (u < 0.89) {
                    counts[i] = Math.min(15, 1 + (int) (-Math.log(1 - random.nextDouble()) * 4.5));
                } else if (u < 0.97) {
                    counts[i] = random.nextInt(16, 50);
                } else {
                    counts[i] = random.nextInt(50, 201);
                }
            }
            int difference = ITEMS_PER_PAGE * pageCount - Arrays.stream(counts).sum();
            if (Arrays.stream(counts).allMatch(c -> c == 0)) {
                counts[0] = 1;
                difference--;
            }
            while (difference != 0) {
                int i = random.nextInt(pageCount);
                if (difference > 0 && counts[i] > 0) {
                    counts[i]++;
                    difference--;
                } else if (difference < 0 && counts[i] > 1) {
                    counts[i]--;
                    difference++;
                }
            }
            return counts;
        }

        /** Half as many outcomes as pages, mostly on pages with many items, at most ten on a page. */
        private void placeOutcomes(List<PagePlan> pages, int[] itemCounts, Zipf ownerRanks) {
            double[] weights = new double[pageCount];
            for (int i = 0; i < pageCount; i++) {
                weights[i] = 1 + itemCounts[i] / 5.0;
            }
            Zipf pageDraw = new Zipf(weights);
            int placed = 0;
            while (placed < Math.max(1, pageCount / 2)) {
                PagePlan page = pages.get(pageDraw.next(random));
                if (page.outcomes.size() >= MAX_OUTCOMES_PER_PAGE) {
                    continue;
                }
                String title = uniqueTitle(page);
                page.outcomes.add(new OutcomePlan(macroId(random), title, owners.get(ownerRanks.next(random)),
                        today.plusDays(random.nextInt(-60, 181))));
                placed++;
            }
        }

        private String uniqueTitle(PagePlan page) {
            while (true) {
                String title = GOALS[random.nextInt(GOALS.length)] + (random.nextBoolean() ? "" : " by " + (2026 + random.nextInt(2)));
                if (page.outcomes.stream().noneMatch(o -> o.title.equals(title))) {
                    return title;
                }
            }
        }

        /** A purpose on a tenth of the pages, mostly those with outcomes; about a fifth have expired. */
        private void placePurposes(List<PagePlan> pages, int[] itemCounts, Zipf ownerRanks) {
            double[] weights = new double[pageCount];
            for (int i = 0; i < pageCount; i++) {
                weights[i] = 1 + 3 * pages.get(i).outcomes.size() + itemCounts[i] / 20.0;
            }
            Zipf pageDraw = new Zipf(weights);
            int placed = 0;
            while (placed < Math.max(1, pageCount / 10)) {
                PagePlan page = pages.get(pageDraw.next(random));
                if (page.purpose != null) {
                    continue;
                }
                LocalDate until = today.plusDays(random.nextInt(-120, 366));
                LocalDate review = random.nextDouble() < 0.4 ? until.minusDays(random.nextInt(30, 91)) : null;
                page.purpose = new PurposePlan(macroId(random), owners.get(ownerRanks.next(random)), until, review,
                        "Why " + page.title + " exists: " + OBJECTS[random.nextInt(OBJECTS.length)] + " and what follows from it.");
                placed++;
            }
        }

        /** The share of items on pages with outcomes that name one, so that about 40% of all items do. */
        private double linkShare(List<PagePlan> pages, int[] itemCounts) {
            long linkable = pages.stream().filter(p -> !p.outcomes.isEmpty()).mapToLong(p -> itemCounts[p.index]).sum();
            return linkable == 0 ? 0 : Math.min(1.0, 0.4 * ITEMS_PER_PAGE * pageCount / linkable);
        }

        private void drawItems(PagePlan page, int count, double linkShare, Zipf ownerRanks, Zipf requesterRanks) {
            for (int i = 0; i < count; i++) {
                PlannedUser requester = requesters.get(requesterRanks.next(random));
                boolean named = !requester.equals(page.author) || random.nextBoolean();
                Kind kind = random.nextDouble() < 0.08 ? Kind.OFFER : Kind.REQUEST;
                LocalDate due = random.nextDouble() < 0.85 ? today.plusDays(random.nextInt(-90, 121)) : null;
                String outcome = !page.outcomes.isEmpty() && random.nextDouble() < linkShare
                        ? page.outcomes.get(random.nextInt(page.outcomes.size())).title : null;
                String text = VERBS[random.nextInt(VERBS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)]
                        + " for " + page.title.toLowerCase(Locale.ROOT) + ".";
                page.items.add(new ItemPlan(macroId(random), kind, owners.get(ownerRanks.next(random)), requester, named,
                        due, outcome, text, appearance(due)));
            }
        }

        /**
         * When the request is first written: for work due ahead, within the last two months; for work
         * due in the past, one to eight weeks before its date; without a date, in the last half year,
         * more of them recently.
         */
        private Instant appearance(LocalDate due) {
            long seconds;
            if (due == null) {
                seconds = 3600 + (long) (Math.pow(random.nextDouble(), 1.3) * 180 * 86_400);
                return now.minusSeconds(seconds);
            }
            if (!due.isBefore(today)) {
                return now.minusSeconds(3600 + (long) (random.nextDouble() * 60 * 86_400));
            }
            Instant morning = due.atTime(9, 0).atZone(zone).toInstant();
            return morning.minus(Duration.ofHours(random.nextInt(5 * 24, 60 * 24)));
        }

        /**
         * Groups the page's items into the versions that add them (earliest appearance first, up to
         * six versions), then tells each item's and outcome's story, and sorts everything by time.
         */
        private void schedule(PagePlan page) {
            List<ItemPlan> byAppearance = new ArrayList<>(page.items);
            byAppearance.sort(Comparator.comparing((ItemPlan i) -> i.appearsAt));
            Instant created = byAppearance.isEmpty()
                    ? now.minusSeconds(3600 + (long) (Math.pow(random.nextDouble(), 1.2) * HISTORY_DAYS * 86_400))
                    : byAppearance.get(0).appearsAt;
            int versions = byAppearance.isEmpty() ? 1 : 1 + Math.min(5, byAppearance.size() / 8);
            Instant previous = null;
            for (int v = 0; v < versions; v++) {
                List<ItemPlan> chunk = byAppearance.subList(v * byAppearance.size() / versions,
                        (v + 1) * byAppearance.size() / versions);
                Instant at = chunk.isEmpty() ? created : chunk.get(0).appearsAt;
                if (previous != null && !at.isAfter(previous)) {
                    at = previous.plusSeconds(1);
                }
                for (ItemPlan item : chunk) {
                    item.appearsAt = at;
                }
                page.steps.add(new AddItems(at, List.copyOf(chunk)));
                previous = at;
            }
            for (ItemPlan item : page.items) {
                new Story(item, new Random(SEED * 31 + stories++)).tell(page.steps);
            }
            for (OutcomePlan outcome : page.outcomes) {
                statuses(outcome, created, new Random(SEED * 37 + stories++), page.steps);
            }
            page.steps.sort(Comparator.comparing(Step::at));
        }

        /**
         * An outcome's owner reports on it now and then: a quarter stay planned, the rest move on
         * track, some to risk or off track, and some are achieved, missed or dropped.
         */
        private void statuses(OutcomePlan outcome, Instant created, Random own, List<Step> steps) {
            double u = own.nextDouble();
            List<OutcomeStatus> path;
            if (u < 0.25) {
                path = List.of();
            } else if (u < 0.55) {
                path = List.of(OutcomeStatus.ON_TRACK);
            } else if (u < 0.67) {
                path = List.of(OutcomeStatus.ON_TRACK, OutcomeStatus.AT_RISK);
            } else if (u < 0.73) {
                path = List.of(OutcomeStatus.AT_RISK, OutcomeStatus.OFF_TRACK);
            } else if (u < 0.91) {
                path = List.of(OutcomeStatus.ON_TRACK, OutcomeStatus.ACHIEVED);
            } else if (u < 0.95) {
                path = List.of(OutcomeStatus.AT_RISK, OutcomeStatus.MISSED);
            } else {
                path = List.of(OutcomeStatus.DROPPED);
            }
            Instant at = created;
            for (OutcomeStatus status : path) {
                at = later(at, 14 * 24, 0.8, own);
                if (!at.isBefore(cutoff)) {
                    return;
                }
                steps.add(new StatusUpdate(at, outcome, status, status.needsNote() ? REASONS[own.nextInt(REASONS.length)] : ""));
                outcome.finalStatus = status;
            }
        }

        /** View restrictions on about 5% of the pages with items; about 40% of those leave the report viewer out. */
        private void restrict(List<PagePlan> pages) {
            List<PagePlan> withItems = new ArrayList<>(pages.stream().filter(p -> !p.items.isEmpty()).toList());
            Collections.shuffle(withItems, random);
            int restricted = Math.min(withItems.size(), Math.max(2, (int) Math.round(0.05 * pageCount)));
            int hidden = Math.max(1, (int) Math.round(0.4 * restricted));
            for (int i = 0; i < restricted; i++) {
                PagePlan page = withItems.get(i);
                page.restrictedTo.add(page.author.username());
                if (i < hidden) {
                    page.items.stream().limit(2).forEach(item -> page.restrictedTo.add(item.owner.username()));
                } else {
                    page.restrictedTo.add(REPORT_VIEWER);
                }
            }
        }

        /** A time after {@code from}: log-normal around the median, at least ten minutes. */
        private static Instant later(Instant from, double medianHours, double sigma, Random own) {
            double hours = medianHours * Math.exp(sigma * own.nextGaussian());
            return from.plusSeconds((long) Math.max(600, Math.min(hours, 200 * 24) * 3600));
        }

        private static String macroId(Random random) {
            return new UUID(random.nextLong(), random.nextLong()).toString();
        }

        /**
         * One item's life: the moves people make and the page edits that touch it, each dated after
         * the last. The story stops at the cut-off (just before now), or where the macro is removed
         * from the page; what it reached is the item's expected final state.
         */
        private final class Story {
            private final ItemPlan item;
            private final Random own;
            private final List<Step> steps = new ArrayList<>();
            private final Instant removeAt;
            private Instant at;
            private State state;
            private LocalDate termsDue;
            private String text;
            private LocalDate agreed;
            private LocalDate counter;
            private boolean over;

            Story(ItemPlan item, Random own) {
                this.item = item;
                this.own = own;
                this.at = item.appearsAt;
                this.state = item.kind.openingState();
                this.termsDue = item.due;
                this.text = item.text;
                item.stateSince = item.appearsAt;
                this.removeAt = own.nextDouble() < 0.03 ? later(item.appearsAt, 20 * 24, 1.0, own) : null;
            }

            void tell(List<Step> pageSteps) {
                play(Ending.draw(item.kind, own));
                if (!over && removeAt != null) {
                    remove();
                }
                item.finalState = state;
                item.effectiveDue = agreed != null ? agreed : termsDue;
                pageSteps.addAll(steps);
            }

            private void play(Ending ending) {
                boolean offer = item.kind == Kind.OFFER;
                switch (ending) {
                    case UNANSWERED -> {
                    }
                    case COUNTERED -> counter();
                    case DECLINED -> move(later(at, 30, 1.2, own), offer ? Move.DECLINE_OFFER : Move.DECLINE, !offer,
                            reason(), null, State.DECLINED);
                    case WITHDRAWN -> move(later(at, 72, 1.0, own), Move.WITHDRAW, offer, reason(), null, State.WITHDRAWN);
                    default -> {
                        if (agree() && renegotiate()) {
                            finish(ending);
                        }
                    }
                }
            }

            private void finish(Ending ending) {
                switch (ending) {
                    case DONE -> markDone();
                    case SATISFIED -> {
                        if (markDone() && reopenOrNot()) {
                            move(later(at, 48, 1.2, own), Move.ACKNOWLEDGE, false, "", null, State.SATISFIED);
                        }
                    }
                    case RELEASED -> move(later(at, 7 * 24, 1.0, own), Move.RELEASE, true, reason(), null, State.RELEASED);
                    case CANCELLED -> {
                        if (own.nextDouble() >= 0.3 || markDone()) {
                            move(later(at, 5 * 24, 1.0, own), Move.CANCEL, false, reason(), null, State.CANCELLED);
                        }
                    }
                    default -> {
                    }
                }
            }

            /** The first agreement: an accept, or for some requests a counter first (accepted, or rejected and then accepted). */
            private boolean agree() {
                if (item.kind == Kind.OFFER) {
                    return move(later(at, 36, 1.2, own), Move.ACCEPT_OFFER, false, "", null, State.ACCEPTED);
                }
                if (own.nextDouble() < 0.12) {
                    if (!counter()) {
                        return false;
                    }
                    if (own.nextDouble() < 0.7) {
                        return move(later(at, 24, 1.1, own), Move.ACCEPT_COUNTER, false, "", null, State.ACCEPTED);
                    }
                    if (!move(later(at, 24, 1.1, own), Move.REJECT_COUNTER, false, reason(), null, State.REQUESTED)) {
                        return false;
                    }
                }
                return move(later(at, 36, 1.2, own), Move.ACCEPT, true, "", null, State.ACCEPTED);
            }

            /** Some agreed items get new terms on the page (a later date, or a changed scope) and are accepted again. */
            private boolean renegotiate() {
                if (own.nextDouble() >= 0.06) {
                    return true;
                }
                boolean scope = own.nextDouble() < 0.3;
                LocalDate due = scope ? termsDue
                        : (termsDue == null ? day(at).plusDays(21) : termsDue.plusDays(own.nextInt(7, 29)));
                String newText = scope ? text.replace(".", " (scope updated).") : text;
                if (!edit(later(at, 96, 1.0, own), due, newText)) {
                    return false;
                }
                return item.kind == Kind.OFFER
                        ? move(later(at, 36, 1.2, own), Move.ACCEPT_OFFER, false, "", null, State.ACCEPTED)
                        : move(later(at, 36, 1.2, own), Move.ACCEPT, true, "", null, State.ACCEPTED);
            }

            private boolean counter() {
                LocalDate base = termsDue == null ? day(at).plusDays(14) : termsDue;
                return move(later(at, 30, 1.2, own), Move.COUNTER, true, own.nextBoolean() ? "Earliest we can do." : "",
                        base.plusDays(own.nextInt(7, 29)), State.COUNTERED);
            }

            /**
             * Delivered: seven in ten somewhere between now and the agreed date, the rest some days
             * late; without a date, some days on.
             */
            private boolean markDone() {
                LocalDate due = agreed != null ? agreed : termsDue;
                Instant when;
                if (due == null) {
                    when = later(at, 6 * 24, 1.0, own);
                } else {
                    Instant dueAt = due.atTime(own.nextInt(9, 18), own.nextInt(60)).atZone(zone).toInstant();
                    long span = Math.max(0, Duration.between(at, dueAt).getSeconds());
                    when = own.nextDouble() < 0.7 ? at.plusSeconds((long) (span * own.nextDouble(0.2, 1.0)))
                            : later(dueAt, 4 * 24, 1.0, own);
                }
                Instant earliest = at.plus(Duration.ofHours(2));
                return move(when.isBefore(earliest) ? earliest : when, Move.MARK_DONE, true, "", null, State.DONE);
            }

            /** Some deliveries are reopened by the requester and delivered again. */
            private boolean reopenOrNot() {
                if (own.nextDouble() >= 0.08) {
                    return true;
                }
                return move(later(at, 24, 1.0, own), Move.REOPEN, false, reason(), null, State.ACCEPTED) && markDone();
            }

            private boolean move(Instant when, Move move, boolean byOwner, String note, LocalDate date, State to) {
                if (!goesOn(when)) {
                    return false;
                }
                steps.add(new ItemMove(when, item, move, byOwner, note, date, to));
                switch (move) {
                    case ACCEPT, ACCEPT_OFFER -> {
                        agreed = termsDue;
                        counter = null;
                    }
                    case COUNTER -> counter = date;
                    case ACCEPT_COUNTER -> {
                        agreed = counter != null ? counter : termsDue;
                        counter = null;
                    }
                    case REJECT_COUNTER -> counter = null;
                    default -> {
                    }
                }
                enter(to, when);
                return true;
            }

            /** Changed terms make the item a new request (or offer): nothing agreed before still holds. */
            private boolean edit(Instant when, LocalDate due, String newText) {
                if (!goesOn(when)) {
                    return false;
                }
                steps.add(new ItemEdit(when, item, due, newText, false));
                termsDue = due;
                text = newText;
                agreed = null;
                counter = null;
                enter(item.kind.openingState(), when);
                return true;
            }

            /** Whether the story reaches this moment: before the cut-off, and before the macro leaves the page. */
            private boolean goesOn(Instant when) {
                if (over) {
                    return false;
                }
                if (removeAt != null && !when.isBefore(removeAt)) {
                    remove();
                    return false;
                }
                if (!when.isBefore(cutoff)) {
                    over = true;
                    return false;
                }
                at = when;
                return true;
            }

            private void remove() {
                over = true;
                if (removeAt.isBefore(cutoff)) {
                    steps.add(new ItemEdit(removeAt, item, termsDue, text, true));
                    item.removed = true;
                }
            }

            private void enter(State next, Instant when) {
                if (next != state) {
                    item.stateSince = when;
                }
                state = next;
            }

            private String reason() {
                return REASONS[own.nextInt(REASONS.length)];
            }

            private LocalDate day(Instant instant) {
                return LocalDate.ofInstant(instant, zone);
            }
        }
    }

    /** Draws indexes 0..n-1 with the given weights; with ranks, Zipf's law (weight 1/rank^s). */
    private static final class Zipf {
        private final double[] cumulative;

        Zipf(int n, double exponent) {
            this(ranks(n, exponent));
        }

        Zipf(double[] weights) {
            cumulative = new double[weights.length];
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i];
                cumulative[i] = sum;
            }
        }

        private static double[] ranks(int n, double exponent) {
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                weights[i] = 1 / Math.pow(i + 1, exponent);
            }
            return weights;
        }

        int next(Random random) {
            double target = random.nextDouble() * cumulative[cumulative.length - 1];
            int index = Arrays.binarySearch(cumulative, target);
            return Math.min(cumulative.length - 1, index >= 0 ? index + 1 : -index - 1);
        }
    }
}
