// Mirrors Confluence's com.atlassian.confluence.user.UserAccessor (subset); checked against Confluence 10.1.2 javadoc of ConfluenceUserResolver.
package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import java.util.List;

public interface UserAccessor {
    ConfluenceUser getUserByKey(UserKey userKey);

    ConfluenceUser getUserByName(String name);

    List<ConfluenceUser> getUsersByUserKeys(List<UserKey> userKeys);
}
