// The connection a SAL ConnectionCallback sees: the executor owns the transaction, so the callback may not end or reshape it.
package io.followthrough.devhost.db;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

/**
 * As in SAL, these calls throw {@link UnsupportedOperationException}; {@code close()} only ends
 * the callback's use of the connection (the executor closes the real one), and any use after
 * that or after the callback returned throws {@link IllegalStateException}.
 */
final class CallbackConnection implements InvocationHandler {
    private static final Set<String> FORBIDDEN = Set.of("setAutoCommit", "commit", "rollback", "setReadOnly", "abort",
            "setCatalog", "setSchema", "setTransactionIsolation", "setNetworkTimeout", "setSavepoint",
            "releaseSavepoint");

    private Connection target;

    private CallbackConnection(Connection target) {
        this.target = target;
    }

    static <A> A run(Connection connection, ConnectionCallback<A> callback) {
        CallbackConnection handler = new CallbackConnection(connection);
        Connection guarded = (Connection) Proxy.newProxyInstance(CallbackConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
        try {
            return callback.execute(guarded);
        } finally {
            handler.target = null;
        }
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (method.getDeclaringClass() == Object.class) {
            return switch (name) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "connection of a TransactionalExecutor callback";
            };
        }
        if (target == null) {
            throw new IllegalStateException("java.sql.Connection#" + name + " called after the ConnectionCallback that"
                    + " received the connection closed it or returned; do not keep it");
        }
        if (name.equals("close")) {
            target = null;
            return null;
        }
        if (FORBIDDEN.contains(name)) {
            throw new UnsupportedOperationException("java.sql.Connection#" + name + " called from a connection"
                    + " provided by TransactionalExecutor: the executor commits, rolls back and sets the connection up");
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
