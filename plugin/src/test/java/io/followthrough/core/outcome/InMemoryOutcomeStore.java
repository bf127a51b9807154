package io.followthrough.core.outcome;

import io.followthrough.core.port.ConcurrentMoveException;
import io.followthrough.core.port.OutcomeStore;
import io.followthrough.core.port.Transactions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The outcome store port kept in memory for rule tests of the core use cases. It honours the
 * port's contract (one event per outcome version, else ConcurrentMoveException); the Active
 * Objects store is tested on real databases separately.
 */
class InMemoryOutcomeStore implements OutcomeStore, Transactions {
    private final Map<Long, Outcome> outcomes = new LinkedHashMap<>();
    private final List<OutcomeEvent> events = new ArrayList<>();
    private long nextId = 1;

    @Override
    public Optional<Outcome> byId(long id) {
        return Optional.ofNullable(outcomes.get(id));
    }

    @Override
    public List<Outcome> byPage(long pageId) {
        return outcomes.values().stream().filter(o -> o.pageId() == pageId).toList();
    }

    @Override
    public Map<Long, List<OutcomeEvent>> historiesOfPage(long pageId) {
        return events.stream().filter(e -> outcomes.get(e.outcomeId()).pageId() == pageId)
                .collect(Collectors.groupingBy(OutcomeEvent::outcomeId, LinkedHashMap::new, Collectors.toList()));
    }

    @Override
    public List<OutcomeEvent> history(long outcomeId) {
        return events.stream().filter(e -> e.outcomeId() == outcomeId).toList();
    }

    @Override
    public Outcome create(Outcome outcome, OutcomeEvent created) {
        long id = nextId++;
        Outcome stored = new Outcome(id, outcome.pageId(), outcome.macroId(), outcome.spaceKey(), outcome.title(),
                outcome.ownerKey(), outcome.due(), outcome.measure(), outcome.status(), outcome.version(), outcome.presence(),
                outcome.createdAt(), outcome.statusSince());
        outcomes.put(id, stored);
        events.add(created.forOutcome(id));
        return stored;
    }

    @Override
    public void record(Outcome updated, List<OutcomeEvent> recorded) {
        for (OutcomeEvent event : recorded) {
            if (events.stream().anyMatch(e -> e.outcomeId() == event.outcomeId() && e.sequence() == event.sequence())) {
                throw new ConcurrentMoveException("outcome " + event.outcomeId(), null);
            }
        }
        events.addAll(recorded);
        outcomes.put(updated.id(), updated);
    }

    @Override
    public void moveToSpace(long pageId, String spaceKey) {
        byPage(pageId).forEach(o -> outcomes.put(o.id(), new Outcome(o.id(), o.pageId(), o.macroId(), spaceKey, o.title(),
                o.ownerKey(), o.due(), o.measure(), o.status(), o.version(), o.presence(), o.createdAt(), o.statusSince())));
    }

    @Override
    public void deleteByPage(long pageId) {
        List<Long> gone = byPage(pageId).stream().map(Outcome::id).toList();
        gone.forEach(outcomes::remove);
        events.removeIf(e -> gone.contains(e.outcomeId()));
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
