// Mirrors SAL's com.atlassian.sal.api.ApplicationProperties (subset); checked against Confluence 6.4.0 and Crowd 2.8.4 javadoc of implementations.
package com.atlassian.sal.api;

public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);
}
