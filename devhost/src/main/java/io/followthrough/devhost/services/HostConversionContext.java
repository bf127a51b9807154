package io.followthrough.devhost.services;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import java.util.HashMap;
import java.util.Map;

/**
 * The conversion context of one page render. As in Confluence, every macro on the page gets the
 * same context, so properties a macro sets are seen by the macros rendered after it.
 */
public final class HostConversionContext implements ConversionContext {
    private final ContentEntityObject entity;
    private final String spaceKey;
    private final Map<String, Object> properties = new HashMap<>();

    public HostConversionContext(ContentEntityObject entity, String spaceKey) {
        this.entity = entity;
        this.spaceKey = spaceKey;
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
    public void setProperty(String name, Object value) {
        properties.put(name, value);
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
