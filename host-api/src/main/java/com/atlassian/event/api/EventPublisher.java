// Mirrors atlassian-event's com.atlassian.event.api.EventPublisher; checked against atlassian-event 2.1.1 javadoc and Confluence 7.19 implementations.
package com.atlassian.event.api;

public interface EventPublisher {
    void publish(Object event);

    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
