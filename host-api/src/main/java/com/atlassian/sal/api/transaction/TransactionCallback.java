// Mirrors SAL's com.atlassian.sal.api.transaction.TransactionCallback; checked against sal-api 2.0.16 javadoc and AO plugin usage.
package com.atlassian.sal.api.transaction;

public interface TransactionCallback<T> {
    T doInTransaction();
}
