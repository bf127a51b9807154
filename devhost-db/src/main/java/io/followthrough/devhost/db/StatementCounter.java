// Counts the SQL statements run through a DataSource, so tests can assert how many round trips an operation costs.
package io.followthrough.devhost.db;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Wraps a DataSource; everything obtained from {@link #dataSource()} is counted. One statement is
 * one call of {@code execute}, {@code executeQuery}, {@code executeUpdate}, {@code executeBatch}
 * (a whole batch counts once, as it is one round trip) or their {@code Large} variants, and one
 * {@link DatabaseMetaData} query (which the driver runs as SQL; schema migration uses them).
 * {@link #count()} covers all threads; {@link #countDuring(Runnable)} only the calling thread, so
 * work on other threads does not disturb a measurement.
 */
public final class StatementCounter {

    // Interfaces whose instances are wrapped so that the statements they lead to are counted too.
    private static final Set<Class<?>> WRAPPED = Set.of(
            Connection.class, Statement.class, PreparedStatement.class, CallableStatement.class, DatabaseMetaData.class);

    private final AtomicLong total = new AtomicLong();
    private final AtomicLong nanos = new AtomicLong();
    private final ThreadLocal<long[]> perThread = ThreadLocal.withInitial(() -> new long[1]);
    private final DataSource dataSource;

    public StatementCounter(DataSource target) {
        this.dataSource = wrap(DataSource.class, target);
    }

    /** The counted data source; hand this to whatever should be measured. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Statements run through {@link #dataSource()} on any thread since this counter was made. */
    public long count() {
        return total.get();
    }

    /**
     * Wall-clock time spent in the counted calls on any thread, in nanoseconds: the database's
     * answer and, for a query, the rows the driver fetches with it (all of them, unless a fetch
     * size says otherwise), not the caller's reading of the result set.
     */
    public long nanos() {
        return nanos.get();
    }

    /** Statements the calling thread runs through {@link #dataSource()} while {@code block} runs. */
    public long countDuring(Runnable block) {
        long[] mine = perThread.get();
        long before = mine[0];
        block.run();
        return mine[0] - before;
    }

    private <T> T wrap(Class<T> type, Object target) {
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> invoke(proxy, method, args, target)));
    }

    private Object invoke(Object proxy, Method method, Object[] args, Object target) throws Throwable {
        // Identity semantics: callers such as AO compare connections with ==, and equals must agree.
        if (method.getName().equals("equals") && method.getParameterCount() == 1) {
            return proxy == args[0];
        }
        if (method.getName().equals("hashCode") && method.getParameterCount() == 0) {
            return System.identityHashCode(proxy);
        }
        boolean counted = isCounted(target, method);
        if (counted) {
            total.incrementAndGet();
            perThread.get()[0]++;
        }
        long start = System.nanoTime();
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            if (counted) {
                nanos.addAndGet(System.nanoTime() - start);
            }
        }
        Class<?> returned = method.getReturnType();
        return result != null && WRAPPED.contains(returned) ? wrap(returned, result) : result;
    }

    private static boolean isCounted(Object target, Method method) {
        return target instanceof Statement && method.getName().startsWith("execute")
                || target instanceof DatabaseMetaData && method.getReturnType() == ResultSet.class;
    }
}
