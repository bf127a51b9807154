package io.followthrough.devhost.services;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confluence's EventPublisher: each event goes, in the publishing thread, to every registered
 * listener method annotated {@code @EventListener} whose single parameter accepts it. A failing
 * listener is logged and skipped, so it cannot break the save that published the event.
 */
public final class HostEventPublisher implements EventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(HostEventPublisher.class);

    private final List<Invoker> invokers = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Object event) {
        if (event == null) {
            throw new NullPointerException("event");
        }
        for (Invoker invoker : invokers) {
            if (invoker.accepts(event)) {
                invoker.invoke(event);
            }
        }
    }

    /** Like atlassian-event, refuses an object without listener methods: registering one is always a mistake. */
    @Override
    public void register(Object listener) {
        List<Invoker> found = new ArrayList<>();
        for (Method method : listener.getClass().getMethods()) {
            if (method.isAnnotationPresent(EventListener.class)) {
                if (method.getParameterCount() != 1 || Modifier.isStatic(method.getModifiers())) {
                    throw new IllegalArgumentException("@EventListener method " + method
                            + " must be a public instance method with exactly one parameter");
                }
                // Plugin listener classes need not be public; their methods are called all the same.
                method.trySetAccessible();
                found.add(new Invoker(listener, method));
            }
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("No @EventListener methods found on " + listener.getClass().getName());
        }
        unregister(listener);
        invokers.addAll(found);
    }

    @Override
    public void unregister(Object listener) {
        invokers.removeIf(invoker -> invoker.listener() == listener);
    }

    @Override
    public void unregisterAll() {
        invokers.clear();
    }

    /** How many listener objects are registered; lets tests see that a plugin unregistered on stop. */
    public long listenerCount() {
        return invokers.stream().map(Invoker::listener).distinct().count();
    }

    /** One listener method of one listener object. */
    private record Invoker(Object listener, Method method) {
        boolean accepts(Object event) {
            return method.getParameterTypes()[0].isInstance(event);
        }

        void invoke(Object event) {
            try {
                method.invoke(listener, event);
            } catch (InvocationTargetException e) {
                LOG.error("Event listener {}.{} failed on {}; the event still reaches the other listeners",
                        listener.getClass().getName(), method.getName(), event.getClass().getName(), e.getCause());
            } catch (IllegalAccessException e) {
                LOG.error("Event listener {}.{} cannot be called for {}", listener.getClass().getName(),
                        method.getName(), event.getClass().getName(), e);
            }
        }
    }
}
