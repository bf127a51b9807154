package io.followthrough.devhost.services;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import java.util.HashMap;
import java.util.Map;

/** The conversion context a macro receives while the host renders a page for display. */
public final class HostConversionContext implements ConversionContext {
    private final ContentEntityObject entity;
    private final String spaceKey;
    private final Map<String, Object> properties = new HashMap<>();

    public HostConversionContext(ContentEntityObject entity, String spaceKey) {
        this.entity = entity;
        this.spaceKey = spaceKey;
    }

    public HostConversionContext with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    @Override
    public ContentEntityObject getEntity() {
        return entity;
    }

    @Override
    public String getSpaceKey() {
        return spaceKey;
    }

    @Override
    public String getOutputType() {
        return "display";
    }

    @Override
    public String getOutputDeviceType() {
        return "desktop";
    }

    @Override
    public Object getProperty(String name) {
        return properties.get(name);
    }

    @Override
    public String getPropertyAsString(String name) {
        Object value = properties.get(name);
        return value == null ? null : value.toString();
    }

    @Override
    public boolean hasProperty(String name) {
        return properties.containsKey(name);
    }
}
