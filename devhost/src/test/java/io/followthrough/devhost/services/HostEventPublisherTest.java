package io.followthrough.devhost.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.event.api.EventListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dispatch rules of the host's EventPublisher. */
class HostEventPublisherTest {
    private final HostEventPublisher publisher = new HostEventPublisher();

    private static Page page() {
        Page page = new Page();
        page.setId(7);
        page.setSpace(new Space("DEMO"));
        return page;
    }

    /** Records which of its methods were called. */
    public static class Recorder {
        final List<String> calls = new ArrayList<>();

        @EventListener
        public void created(PageCreateEvent event) {
            calls.add("created " + event.getPage().getId());
        }

        @EventListener
        public void anyPageEvent(PageEvent event) {
            calls.add("page event");
        }

        @EventListener
        public void anything(Object event) {
            calls.add("object");
        }

        public void notAListener(PageCreateEvent event) {
            calls.add("not a listener");
        }
    }

    /** Fails on every event. */
    public static class Failing {
        @EventListener
        public void fail(Object event) {
            throw new IllegalStateException("on purpose");
        }
    }

    @Test
    void anEventReachesEveryListenerMethodWhoseParameterAcceptsIt() {
        Recorder recorder = new Recorder();
        publisher.register(recorder);

        publisher.publish(new PageCreateEvent(this, page(), Map.of(), null));
        publisher.publish(new PageRemoveEvent(this, page()));

        assertThat(recorder.calls).containsExactlyInAnyOrder("created 7", "page event", "object", "page event", "object");
    }

    @Test
    void aFailingListenerNeitherStopsTheOthersNorReachesThePublisher() {
        Recorder recorder = new Recorder();
        publisher.register(new Failing());
        publisher.register(recorder);

        publisher.publish(new PageRemoveEvent(this, page()));

        assertThat(recorder.calls).containsExactlyInAnyOrder("page event", "object");
    }

    @Test
    void anUnregisteredListenerHearsNothingMore() {
        Recorder recorder = new Recorder();
        publisher.register(recorder);
        publisher.register(recorder);
        publisher.publish(new PageRemoveEvent(this, page()));

        publisher.unregister(recorder);
        publisher.publish(new PageRemoveEvent(this, page()));

        assertThat(recorder.calls).as("registering twice counts once").hasSize(2);
        assertThat(publisher.listenerCount()).isZero();
    }

    @Test
    void anObjectWithoutListenerMethodsIsRefused() {
        assertThatThrownBy(() -> publisher.register(new Object()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No @EventListener methods");
    }
}
