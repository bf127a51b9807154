// Mirrors SAL's com.atlassian.sal.api.user.UserProfile (subset); checked against Confluence 8.0 javadoc of an implementation.
package com.atlassian.sal.api.user;

import java.net.URI;

public interface UserProfile {
    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();

    URI getProfilePictureUri();

    URI getProfilePageUri();
}
