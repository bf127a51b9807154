package io.followthrough.core.port;

import io.followthrough.core.outcome.Outcome;
import io.followthrough.core.outcome.OutcomeEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where expected outcomes and their histories live (Active Objects in Confluence). */
public interface OutcomeStore {
    Optional<Outcome> byId(long id);

    /** Every outcome of the page, whatever its presence, in one query. */
    List<Outcome> byPage(long pageId);

    /** The histories of all outcomes of a page, oldest event first, in one query. */
    Map<Long, List<OutcomeEvent>> historiesOfPage(long pageId);

    List<OutcomeEvent> history(long outcomeId);

    /** Stores a new outcome (its id is ignored) with its first event; returns it with its id. */
    Outcome create(Outcome outcome, OutcomeEvent created);

    /**
     * Records events, oldest first, and saves the outcome they produced; the last event's sequence
     * is the outcome's new version. Sequences are unique per outcome, so of two changes made
     * against the same version only one is recorded; the other fails with {@link ConcurrentMoveException}.
     */
    void record(Outcome updated, List<OutcomeEvent> events);

    /** The page moved to another space. */
    void moveToSpace(long pageId, String spaceKey);

    /** The page was purged: its outcomes and their histories go. */
    void deleteByPage(long pageId);
}
