// Mirrors SAL's com.atlassian.sal.api.UrlMode; checked against the SAL javadoc of the enum and Confluence 6.4.0 javadoc of ApplicationProperties.
package com.atlassian.sal.api;

public enum UrlMode {
    ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, CANONICAL, AUTO
}
