package io.followthrough.devhost.services;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.event.api.EventPublisher;
import io.followthrough.devhost.data.HostPages;
import io.followthrough.devhost.data.HostUser;
import io.followthrough.devhost.data.PageRecord;
import io.followthrough.devhost.data.PageRecord.PageStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Confluence's page manager does when pages change: store the change, then publish the
 * Confluence event for it. Permission checks belong to the callers, as with Confluence's manager.
 */
public final class PageOperations {
    private final HostPages pages;
    private final PageObjects objects;
    private final EventPublisher events;

    public PageOperations(HostPages pages, PageObjects objects, EventPublisher events) {
        this.pages = pages;
        this.objects = objects;
        this.events = events;
    }

    public PageRecord create(Space space, String title, String body, HostUser author) {
        PageRecord created = pages.create(space.getId(), title, body, author.key().getStringValue());
        events.publish(new PageCreateEvent(this, objects.page(created, space), Map.of(), null));
        return created;
    }

    /** Saves a new version unless someone else saved since {@code expectedVersion}; then the result is empty. */
    public Optional<PageRecord> update(long pageId, int expectedVersion, String title, String body, HostUser author) {
        Optional<PageRecord> original = pages.byId(pageId).filter(p -> p.version() == expectedVersion);
        if (original.isEmpty()) {
            return Optional.empty();
        }
        Optional<PageRecord> saved = pages.update(pageId, expectedVersion, title, body, author.key().getStringValue());
        saved.ifPresent(page -> events.publish(
                new PageUpdateEvent(this, objects.page(page), objects.page(original.get()), null)));
        return saved;
    }

    public boolean trash(long pageId, HostUser user) {
        return change(pageId, PageStatus.CURRENT, PageStatus.TRASHED,
                page -> new PageTrashedEvent(this, page, user, false));
    }

    public boolean restore(long pageId) {
        return change(pageId, PageStatus.TRASHED, PageStatus.CURRENT, page -> new PageRestoreEvent(this, page));
    }

    /** Deletes a trashed page for good. */
    public boolean purge(long pageId) {
        Optional<Page> page = pages.byId(pageId).map(objects::page);
        if (page.isEmpty() || !pages.purge(pageId)) {
            return false;
        }
        events.publish(new PageRemoveEvent(this, page.get()));
        return true;
    }

    /** Moves a live page to the top level of another space, as Confluence's "Move" does. */
    public boolean move(long pageId, Space target, HostUser mover) {
        Optional<Page> before = pages.byId(pageId).map(objects::page);
        if (before.isEmpty() || !pages.moveToSpace(pageId, target.getId())) {
            return false;
        }
        Page moved = objects.page(pages.byId(pageId).orElseThrow(), target);
        events.publish(new PageMoveEvent(this, moved, List.of(moved), before.get().getSpace(), null, null, mover, false));
        return true;
    }

    private boolean change(long pageId, PageStatus from, PageStatus to, EventFactory event) {
        if (!pages.changeStatus(pageId, from, to)) {
            return false;
        }
        events.publish(event.create(objects.page(pages.byId(pageId).orElseThrow())));
        return true;
    }

    /** Makes the event for a page whose state changed. */
    private interface EventFactory {
        Object create(Page page);
    }
}
