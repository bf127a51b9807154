// Mirrors Confluence's com.atlassian.confluence.user.ConfluenceUser (subset); checked against Confluence 10.0.3 javadoc.
package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

public interface ConfluenceUser extends User {
    UserKey getKey();

    String getLowerName();
}
