package io.followthrough.devhost.fixtureplugin;

import com.atlassian.confluence.event.events.content.page.PageEvent;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;

/** Fixture plugin bean whose listener throws on every page event: saving must still work. */
public class FailingListener {
    private final EventPublisher events;

    public FailingListener(EventPublisher events) {
        this.events = events;
    }

    public void start() {
        events.register(this);
    }

    public void stop() {
        events.unregister(this);
    }

    @EventListener
    public void fail(PageEvent event) {
        throw new IllegalStateException("fixture listener fails on purpose");
    }
}
