package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;

public interface UserAccessor {
    ConfluenceUser getUserByKey(UserKey userKey);

    ConfluenceUser getUserByName(String name);
}
