package io.followthrough.devhost.fixtureplugin;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.util.ArrayList;
import java.util.List;

/** Fixture plugin bean: records the page events it hears, registering in init-method and leaving in destroy-method. */
public class FixtureListener {
    private final EventPublisher events;
    private final List<String> heard = new ArrayList<>();

    public FixtureListener(EventPublisher events) {
        this.events = events;
    }

    public void start() {
        events.register(this);
    }

    public void stop() {
        events.unregister(this);
    }

    public synchronized List<String> heard() {
        return new ArrayList<>(heard);
    }

    @EventListener
    public void created(PageCreateEvent event) {
        record("create " + describe(event.getPage()));
    }

    @EventListener
    public void updated(PageUpdateEvent event) {
        record("update " + describe(event.getPage()) + " from v" + event.getOriginalPage().getVersion()
                + " '" + event.getOriginalPage().getTitle() + "'");
    }

    @EventListener
    public void trashed(PageTrashedEvent event) {
        record("trash " + describe(event.getPage()));
    }

    @EventListener
    public void restored(PageRestoreEvent event) {
        record("restore " + describe(event.getPage()));
    }

    @EventListener
    public void removed(PageRemoveEvent event) {
        record("remove " + describe(event.getPage()));
    }

    @EventListener
    public void moved(PageMoveEvent event) {
        record("move " + describe(event.getPage()) + " from " + event.getOldSpace().getKey()
                + (event.isMovedSpace() ? " (other space)" : " (same space)"));
    }

    private synchronized void record(String line) {
        heard.add(line);
    }

    private static String describe(Page page) {
        return page.getId() + " '" + page.getTitle() + "' in " + page.getSpace().getKey() + " v" + page.getVersion()
                + " by " + name(page.getLastModifier()) + " created by " + name(page.getCreator())
                + " body " + page.getBodyAsString();
    }

    private static String name(ConfluenceUser user) {
        return user == null ? "nobody" : user.getName();
    }
}
