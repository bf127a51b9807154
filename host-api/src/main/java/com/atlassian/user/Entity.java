// Mirrors atlassian-user's com.atlassian.user.Entity; checked against atlassian-user 2.0.1 javadoc and Confluence 10.0.3 javadoc.
package com.atlassian.user;

import java.io.Serializable;

public interface Entity extends Serializable {
    String getName();
}
