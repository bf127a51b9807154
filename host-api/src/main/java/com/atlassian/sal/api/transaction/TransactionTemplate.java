package com.atlassian.sal.api.transaction;

public interface TransactionTemplate {
    <T> T execute(TransactionCallback<T> action);
}
