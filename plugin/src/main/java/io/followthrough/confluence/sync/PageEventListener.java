package io.followthrough.confluence.sync;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;

/**
 * Keeps action items in step with pages: Confluence publishes these events on the node where the
 * page changed, so each change is synced once. Registered on start, unregistered on stop so a
 * disabled or upgraded plugin leaves no listener behind.
 */
public final class PageEventListener {
    private final EventPublisher eventPublisher;
    private final PageSyncService sync;

    public PageEventListener(EventPublisher eventPublisher, PageSyncService pageSyncService) {
        this.eventPublisher = eventPublisher;
        this.sync = pageSyncService;
    }

    public void register() {
        eventPublisher.register(this);
    }

    public void unregister() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onCreate(PageCreateEvent event) {
        sync.saved(event.getPage());
    }

    @EventListener
    public void onUpdate(PageUpdateEvent event) {
        sync.saved(event.getPage());
    }

    @EventListener
    public void onTrash(PageTrashedEvent event) {
        sync.trashed(event.getPage());
    }

    @EventListener
    public void onRestore(PageRestoreEvent event) {
        sync.restored(event.getPage());
    }

    @EventListener
    public void onPurge(PageRemoveEvent event) {
        sync.purged(event.getPage());
    }

    @EventListener
    public void onMove(PageMoveEvent event) {
        if (event.isMovedSpace()) {
            sync.moved(event.getPage());
        }
    }
}
