package io.followthrough.devhost.plugin;

/** A plugin the dev host refuses to load, with the reason a developer needs to fix it. */
public final class PluginDescriptorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginDescriptorException(String message) {
        super(message);
    }

    public PluginDescriptorException(String message, Throwable cause) {
        super(message, cause);
    }
}
