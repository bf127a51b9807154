package com.atlassian.confluence.plugin.services;

import java.util.Map;

public interface VelocityHelperService {
    Map<String, Object> createDefaultVelocityContext();

    String getRenderedTemplate(String templateName, Map<String, Object> contextMap);
}
