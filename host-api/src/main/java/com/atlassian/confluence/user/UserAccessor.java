// Mirrors Confluence's com.atlassian.confluence.user.UserAccessor (subset); checked against Confluence 10.1.2 javadoc of ConfluenceUserResolver.
package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;

public interface UserAccessor {
    ConfluenceUser getUserByKey(UserKey userKey);

    ConfluenceUser getUserByName(String name);
}
