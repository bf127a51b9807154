// Mirrors Confluence's com.atlassian.confluence.plugin.services.VelocityHelperService (subset); checked against Confluence 5.7.4 javadoc and 10.0 plugin usage.
package com.atlassian.confluence.plugin.services;

import java.util.Map;

public interface VelocityHelperService {
    Map<String, Object> createDefaultVelocityContext();

    String getRenderedTemplate(String templateName, Map<String, ?> context);
}
