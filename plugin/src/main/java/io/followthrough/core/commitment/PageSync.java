package io.followthrough.core.commitment;

import io.followthrough.core.port.ActionItemStore;
import io.followthrough.core.port.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Keeps items in step with page bodies and page lifecycle (DESIGN §5.1, §5.4 system moves). Any
 * change of terms returns the item to Requested (or Offered): the owner must agree to the new terms,
 * also after the earlier terms were delivered and acknowledged.
 * Safe to repeat: syncing the same body twice records nothing the second time.
 */
public final class PageSync {
    private static final int ATTEMPTS = 5;

    private final ActionItemStore store;
    private final Transactions transactions;
    private final Clock clock;

    public PageSync(ActionItemStore store, Transactions transactions, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A page version was saved: create, update and archive items so they match its macros. */
    public void pageSaved(long pageId, String spaceKey, String authorKey, List<ActionOnPage> macros) {
        Map<String, ActionItem> existing = new HashMap<>();
        store.byPage(pageId).forEach(item -> existing.put(item.macroId(), item));
        Set<String> onPage = new HashSet<>();
        for (ActionOnPage macro : macros) {
            if (!onPage.add(macro.macroId())) {
                continue;
            }
            ActionItem item = existing.get(macro.macroId());
            if (item == null) {
                create(pageId, spaceKey, authorKey, macro);
            } else {
                retrying(item, current -> fromPage(current, spaceKey, macro));
            }
        }
        for (ActionItem item : existing.values()) {
            if (!onPage.contains(item.macroId()) && item.presence() == Presence.LIVE) {
                retrying(item, current -> presence(current, Move.REMOVED, Presence.REMOVED));
            }
        }
    }

    /** The page went to the trash: its items are hidden, not lost. */
    public void pageTrashed(long pageId) {
        store.byPage(pageId).stream().filter(i -> i.presence() == Presence.LIVE)
                .forEach(i -> retrying(i, current -> presence(current, Move.PAGE_TRASHED, Presence.PAGE_TRASHED)));
    }

    /** The page came back from the trash; its body is synced again by the caller. */
    public void pageRestored(long pageId) {
        store.byPage(pageId).stream().filter(i -> i.presence() == Presence.PAGE_TRASHED)
                .forEach(i -> retrying(i, current -> presence(current, Move.PAGE_RESTORED, Presence.LIVE)));
    }

    /** The page was purged from the trash: its items and histories are deleted. */
    public void pagePurged(long pageId) {
        transactions.runInTransaction(() -> store.deleteByPage(pageId));
    }

    public void pageMoved(long pageId, String newSpaceKey) {
        transactions.runInTransaction(() -> store.moveToSpace(pageId, newSpaceKey));
    }

    private void create(long pageId, String spaceKey, String authorKey, ActionOnPage macro) {
        Instant now = clock.instant();
        State opening = macro.kind().openingState();
        ActionItem item = new ActionItem(0, pageId, macro.macroId(), spaceKey, macro.kind(),
                macro.terms(macro.requesterKey().orElse(authorKey)), macro.outcome(), opening, 1, 1,
                Optional.empty(), Optional.empty(), Presence.LIVE, now, now);
        ItemEvent created = new ItemEvent(0, 1, now, Optional.empty(), Move.CREATED, opening, opening, "", 1,
                macro.due(), List.of());
        transactions.inTransaction(() -> store.create(item, created));
    }

    /** The event a page edit implies for one item, or none when nothing that matters changed. */
    private Optional<Change> fromPage(ActionItem item, String spaceKey, ActionOnPage macro) {
        Terms next = macro.terms(macro.requesterKey().orElse(item.terms().requesterKey()));
        if (!macro.outcome().equals(item.outcome())) {
            store.relink(item.id(), macro.outcome());
        }
        if (item.presence() != Presence.LIVE) {
            return presence(item, Move.REAPPEARED, Presence.LIVE);
        }
        List<TermsChange> changes = new ArrayList<>();
        if (!item.terms().sameOwner(next)) {
            changes.add(new TermsChange(TermsChange.Field.OWNER, item.terms().ownerKey(), next.ownerKey()));
        }
        changes.addAll(item.terms().changesTo(next));
        if (changes.isEmpty() && macro.kind() == item.kind()) {
            return Optional.empty();
        }
        boolean ownerChanged = !item.terms().sameOwner(next);
        // Changed terms are a new request: whatever was agreed, answered or delivered before must be agreed again.
        State to = macro.kind().openingState();
        Instant now = clock.instant();
        ActionItem updated = item.withTerms(macro.kind(), next, macro.outcome(), item.termsVersion() + 1).next(to, now)
                .withDates(Optional.empty(), Optional.empty());
        String note = ownerChanged && (item.state() == State.ACCEPTED || item.state() == State.DONE)
                ? "released by reassignment" : "";
        Move move = ownerChanged ? Move.OWNER_CHANGED : Move.TERMS_CHANGED;
        return Optional.of(new Change(updated, new ItemEvent(item.id(), updated.version(), now, Optional.empty(), move,
                item.state(), to, note, updated.termsVersion(), macro.due(), changes)));
    }

    private Optional<Change> presence(ActionItem item, Move move, Presence presence) {
        Instant now = clock.instant();
        ActionItem updated = item.withPresence(presence).next(item.state(), now);
        return Optional.of(new Change(updated, new ItemEvent(item.id(), updated.version(), now, Optional.empty(), move,
                item.state(), item.state(), "", item.termsVersion(), Optional.empty(), List.of())));
    }

    /**
     * Applies a change to the item as loaded with its page; only when a person's move on the same
     * item was recorded in between is the item read again and the change worked out anew.
     */
    private void retrying(ActionItem loaded, Function<ActionItem, Optional<Change>> change) {
        boolean[] again = {false};
        transactions.retryingOnConflict(ATTEMPTS, () -> {
            Optional<ActionItem> current = again[0] ? store.byId(loaded.id()) : Optional.of(loaded);
            again[0] = true;
            current.flatMap(change).ifPresent(c -> store.record(c.item(), c.event()));
        });
    }

    /** An item as a page event leaves it, and the event that records why. */
    private record Change(ActionItem item, ItemEvent event) {
    }
}
