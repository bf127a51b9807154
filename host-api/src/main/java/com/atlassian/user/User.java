// Mirrors atlassian-user's com.atlassian.user.User (subset); checked against Confluence 10.0.3 javadoc of ConfluenceUser.
package com.atlassian.user;

import java.security.Principal;

public interface User extends Entity, Principal {
    String getFullName();

    String getEmail();
}
