// SAL's TransactionTemplate in the dev host: runs the callback in the plugin's Active Objects transaction.
package io.followthrough.devhost.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;

/** In Confluence AO joins the host's transaction; here the host's transaction is AO's, with the same effect for the plugin. */
public final class HostTransactionTemplate implements TransactionTemplate {

    private final ActiveObjects activeObjects;

    public HostTransactionTemplate(ActiveObjects activeObjects) {
        this.activeObjects = activeObjects;
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) {
        return activeObjects.executeInTransaction(action);
    }
}
