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
