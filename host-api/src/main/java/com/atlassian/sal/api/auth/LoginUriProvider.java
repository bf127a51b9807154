// Mirrors SAL's com.atlassian.sal.api.auth.LoginUriProvider (subset); checked against Crowd 4.2.0 javadoc of an implementation and a Confluence 10.2 plugin's use.
package com.atlassian.sal.api.auth;

import java.net.URI;

public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
