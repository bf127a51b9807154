package io.followthrough.core.report;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.ItemEvent;
import io.followthrough.core.commitment.Kind;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.commitment.Terms;
import io.followthrough.core.port.ActionItemQueries;
import io.followthrough.core.port.Directory;
import io.followthrough.core.port.OutcomeSummaries;
import io.followthrough.core.port.PageRef;
import io.followthrough.core.port.Permissions;
import io.followthrough.core.port.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One space held in memory behind the report's ports: pages (some hidden from some users), items
 * with histories, admins, users and page goals. Counts the batch calls so tests can check that the
 * report asks once, not per page.
 */
final class FakeSpace implements ActionItemQueries, Permissions, Directory, OutcomeSummaries {
    static final String KEY = "TEAM";

    final Map<Long, PageRef> pages = new LinkedHashMap<>();
    final Map<Long, Set<String>> hiddenFrom = new HashMap<>();
    final List<ActionItem> items = new ArrayList<>();
    final Map<Long, List<ItemEvent>> histories = new HashMap<>();
    final Set<String> admins = new HashSet<>(Set.of("alice"));
    final Map<String, Person> users = new HashMap<>();
    final List<PurposeSummary> purposes = new ArrayList<>();
    final List<OutcomeSummary> outcomes = new ArrayList<>();
    int pageChecks;
    int itemQueries;
    /** Users asked for one by one, and how many times many were asked for at once. */
    final List<String> usersAskedOneByOne = new ArrayList<>();
    int userBatches;

    FakeSpace() {
        for (String name : List.of("alice", "bob", "carol", "dave")) {
            users.put(name, new Person(name, name, Character.toUpperCase(name.charAt(0)) + name.substring(1) + " Example"));
        }
    }

    PageRef page(long id, String title) {
        PageRef page = new PageRef(id, title, KEY);
        pages.put(id, page);
        return page;
    }

    /** An item on the page from requester to owner, with its history; its state is where the history ends. */
    ActionItem item(long pageId, String requester, String owner, History history, String due) {
        List<ItemEvent> events = history.events();
        long id = items.size() + 1L;
        List<ItemEvent> renumbered = events.stream().map(e -> new ItemEvent(id, e.sequence(), e.at(), e.actorKey(), e.move(),
                e.from(), e.to(), e.note(), e.termsVersion(), e.date(), e.changes())).toList();
        ItemEvent last = events.get(events.size() - 1);
        Optional<LocalDate> agreed = events.stream().filter(e -> e.move().name().startsWith("ACCEPT"))
                .reduce((a, b) -> b).flatMap(ItemEvent::date);
        ActionItem item = new ActionItem(id, pageId, "m" + id, KEY, Kind.REQUEST,
                new Terms(owner, requester, "hash", "Task " + id, Optional.ofNullable(due).map(LocalDate::parse)),
                Optional.empty(), last.to(), events.size(), 1, agreed, Optional.empty(), Presence.LIVE, events.get(0).at(),
                lastStateChange(events));
        items.add(item);
        histories.put(id, renumbered);
        return item;
    }

    void replace(ActionItem item) {
        items.replaceAll(i -> i.id() == item.id() ? item : i);
    }

    private static Instant lastStateChange(List<ItemEvent> events) {
        return events.stream().filter(e -> e.from() != e.to() || e.sequence() == 1).reduce((a, b) -> b).orElseThrow().at();
    }

    /** The space's figures, computed item by item from the items and histories held here. */
    InMemorySpaceFigures figures(ZoneId zone) {
        return new InMemorySpaceFigures(() -> items, () -> histories, zone);
    }

    @Override
    public List<ActionItem> involving(String userKey) {
        itemQueries++;
        return items.stream().filter(i -> i.isOwner(userKey) || i.isRequester(userKey)).toList();
    }

    @Override
    public boolean canViewPage(Optional<String> userKey, long pageId) {
        return pages.containsKey(pageId) && !hiddenFrom.getOrDefault(pageId, Set.of()).contains(userKey.orElse(""));
    }

    @Override
    public boolean canAdministerSpace(Optional<String> userKey, String spaceKey) {
        return KEY.equals(spaceKey) && userKey.map(admins::contains).orElse(false);
    }

    @Override
    public List<PageRef> viewablePagesOfSpace(Optional<String> userKey, String spaceKey) {
        pageChecks++;
        return KEY.equals(spaceKey) ? viewable(userKey, pages.keySet()) : List.of();
    }

    @Override
    public List<PageRef> viewablePages(Optional<String> userKey, Collection<Long> pageIds) {
        pageChecks++;
        return viewable(userKey, pageIds);
    }

    private List<PageRef> viewable(Optional<String> userKey, Collection<Long> pageIds) {
        return pageIds.stream().filter(id -> canViewPage(userKey, id)).map(pages::get).toList();
    }

    @Override
    public Optional<Person> find(String usernameOrKey) {
        usersAskedOneByOne.add(usernameOrKey);
        return Optional.ofNullable(users.get(usernameOrKey));
    }

    @Override
    public Map<String, Person> byKeys(Collection<String> userKeys) {
        userBatches++;
        Map<String, Person> found = new HashMap<>();
        userKeys.stream().filter(users::containsKey).forEach(key -> found.put(key, users.get(key)));
        return found;
    }

    @Override
    public SpaceGoals of(String spaceKey, Collection<PageRef> viewable) {
        return new SpaceGoals(purposes.stream().filter(p -> viewable.contains(p.page())).toList(),
                outcomes.stream().filter(o -> viewable.contains(o.page())).toList());
    }
}
