// Mirrors Confluence's com.atlassian.confluence.content.render.xhtml.ConversionContext; checked against Confluence 5.8.9 javadoc and 10.0 plugin usage.
package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

public interface ConversionContext {
    ContentEntityObject getEntity();

    String getSpaceKey();

    String getOutputType();

    String getOutputDeviceType();

    Object getProperty(String name);

    void setProperty(String name, Object value);

    String getPropertyAsString(String name);

    boolean hasProperty(String name);
}
