// Mirrors SAL's com.atlassian.sal.api.rdbms.ConnectionCallback; checked against SAL 3.0.0 javadoc.
package com.atlassian.sal.api.rdbms;

import java.sql.Connection;

/** Work done with the connection a TransactionalExecutor provides. */
public interface ConnectionCallback<A> {
    A execute(Connection connection);
}
