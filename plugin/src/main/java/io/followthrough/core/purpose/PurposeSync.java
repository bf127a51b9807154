package io.followthrough.core.purpose;

import io.followthrough.core.commitment.Presence;
import io.followthrough.core.port.PurposeStore;
import io.followthrough.core.port.Transactions;
import java.util.Optional;

/**
 * Keeps each page's purpose record in step with its body and lifecycle (DESIGN §5.1, §5.2): what
 * the first ft-purpose macro says, hidden while the page is in the trash, deleted when it is purged.
 * Safe to repeat: syncing the same body twice writes nothing the second time.
 */
public final class PurposeSync {
    private static final int ATTEMPTS = 5;

    private final PurposeStore store;
    private final Transactions transactions;

    public PurposeSync(PurposeStore store, Transactions transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    /** A page version was saved; {@code onPage} is empty when the page has no purpose macro any more. */
    public void pageSaved(long pageId, String spaceKey, Optional<PurposeOnPage> onPage) {
        transactions.retryingOnConflict(ATTEMPTS, () -> {
            Optional<PagePurpose> stored = store.byPage(pageId);
            if (onPage.isPresent()) {
                PurposeOnPage page = onPage.get();
                PagePurpose next = new PagePurpose(stored.map(PagePurpose::id).orElse(0L), pageId, page.macroId(), spaceKey,
                        page.sponsorKey(), page.until(), page.review(), Presence.LIVE);
                if (!stored.equals(Optional.of(next))) {
                    store.save(next);
                }
            } else {
                stored.filter(p -> p.presence() == Presence.LIVE).ifPresent(p -> store.save(p.withPresence(Presence.REMOVED)));
            }
        });
    }

    /** The page went to the trash: its purpose is hidden, not lost. */
    public void pageTrashed(long pageId) {
        change(pageId, Presence.LIVE, Presence.PAGE_TRASHED);
    }

    /** The page came back from the trash; its body is synced again by the caller. */
    public void pageRestored(long pageId) {
        change(pageId, Presence.PAGE_TRASHED, Presence.LIVE);
    }

    public void pagePurged(long pageId) {
        transactions.runInTransaction(() -> store.deleteByPage(pageId));
    }

    public void pageMoved(long pageId, String newSpaceKey) {
        transactions.runInTransaction(() -> store.moveToSpace(pageId, newSpaceKey));
    }

    private void change(long pageId, Presence from, Presence to) {
        transactions.retryingOnConflict(ATTEMPTS, () -> store.byPage(pageId).filter(p -> p.presence() == from)
                .ifPresent(p -> store.save(p.withPresence(to))));
    }
}
