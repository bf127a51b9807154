package com.atlassian.event.api;

public interface EventPublisher {
    void publish(Object event);

    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
