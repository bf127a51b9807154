// Mirrors SAL's com.atlassian.sal.api.transaction.TransactionTemplate; checked against sal-api 2.0.16 javadoc and AO plugin usage.
package com.atlassian.sal.api.transaction;

public interface TransactionTemplate {
    <T> T execute(TransactionCallback<T> action);
}
