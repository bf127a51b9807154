// Velocity introspection that lets templates call only allowlisted methods, as Confluence 9+ does.
package io.followthrough.devhost.velocity;

import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.runtime.parser.node.AbstractExecutor;
import org.apache.velocity.runtime.parser.node.BooleanPropertyExecutor;
import org.apache.velocity.runtime.parser.node.GetExecutor;
import org.apache.velocity.runtime.parser.node.MapGetExecutor;
import org.apache.velocity.runtime.parser.node.MapSetExecutor;
import org.apache.velocity.runtime.parser.node.PropertyExecutor;
import org.apache.velocity.runtime.parser.node.PutExecutor;
import org.apache.velocity.runtime.parser.node.SetExecutor;
import org.apache.velocity.runtime.parser.node.SetPropertyExecutor;
import org.apache.velocity.util.ArrayListWrapper;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Velocity creates this class by name, so its settings come from an application attribute of the
 * engine ({@link #SETTINGS}). A blocked call fails the render in strict mode; otherwise it is logged
 * and yields nothing, which Velocity renders like any null reference.
 */
public final class AllowlistUberspect extends UberspectImpl implements RuntimeServicesAware {

    static final String SETTINGS = AllowlistUberspect.class.getName() + ".settings";

    record Settings(MethodAllowlist allowlist, boolean strict) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(AllowlistUberspect.class);

    private Settings settings;

    @Override
    public void setRuntimeServices(RuntimeServices runtime) {
        settings = (Settings) runtime.getApplicationAttribute(SETTINGS);
        if (settings == null) {
            throw new IllegalStateException("Velocity engine has no " + SETTINGS + " attribute");
        }
    }

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) {
        if (obj == null) {
            return null;
        }
        Class<?> target = obj.getClass();
        Method method = introspector.getMethod(target, methodName, args);
        if (method == null) {
            method = fixedArityMatch(target, methodName, args);
        }
        boolean wrapArray = false;
        if (method == null && target.isArray()) {
            // Velocity offers List methods on arrays through this wrapper.
            target = ArrayListWrapper.class;
            method = introspector.getMethod(target, methodName, args);
            wrapArray = true;
        } else if (method == null && obj instanceof Class<?> type) {
            // A class in the context exposes its static methods.
            target = type;
            method = introspector.getMethod(target, methodName, args);
        }
        if (method == null || !permitted(target, method, info)) {
            return null;
        }
        return new VelMethodImpl(method, wrapArray);
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) {
        if (obj == null) {
            return null;
        }
        // Same lookup order as Velocity: getFoo()/getfoo(), Map.get, get("foo"), isFoo().
        Class<?> type = obj.getClass();
        AbstractExecutor executor = new PropertyExecutor(log, introspector, type, identifier);
        if (!executor.isAlive()) {
            executor = new MapGetExecutor(log, type, identifier);
        }
        if (!executor.isAlive()) {
            executor = new GetExecutor(log, introspector, type, identifier);
        }
        if (!executor.isAlive()) {
            executor = new BooleanPropertyExecutor(log, introspector, type, identifier);
        }
        if (!executor.isAlive() || !permitted(type, executor.getMethod(), info)) {
            return null;
        }
        return new VelGetterImpl(executor);
    }

    @Override
    public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info info) {
        if (obj == null) {
            return null;
        }
        // Same lookup order as Velocity: setFoo(arg), Map.put, put("foo", arg).
        Class<?> type = obj.getClass();
        SetExecutor executor = new SetPropertyExecutor(log, introspector, type, identifier, arg);
        if (!executor.isAlive()) {
            executor = new MapSetExecutor(log, type, identifier);
        }
        if (!executor.isAlive()) {
            executor = new PutExecutor(log, introspector, type, arg, identifier);
        }
        if (!executor.isAlive() || !permitted(type, executor.getMethod(), info)) {
            return null;
        }
        return new VelSetterImpl(executor);
    }

    // #foreach over anything but a JDK container calls its iterator() method, which needs allowing too.
    @Override
    public Iterator<?> getIterator(Object obj, Info info) throws Exception {
        boolean container = obj.getClass().isArray() || obj instanceof Collection || obj instanceof Map
                || obj instanceof Iterator || obj instanceof Enumeration;
        if (!container) {
            Method iterator = introspector.getMethod(obj.getClass(), "iterator", new Object[0]);
            if (iterator != null && !permitted(obj.getClass(), iterator, info)) {
                return null;
            }
        }
        return super.getIterator(obj, info);
    }

    /*
     * Velocity 1.7 calls $i18n.getText("key", [$a]) ambiguous: the list fits getText(String, List) and,
     * as one vararg, SAL's getText(String, Serializable...). Java, and Confluence's I18NBean (which has
     * no Serializable varargs), pick the fixed-arity method, so do the same when exactly one fits.
     */
    private static Method fixedArityMatch(Class<?> type, String name, Object[] args) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return null;
        }
        List<Method> fits = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && Modifier.isPublic(m.getDeclaringClass().getModifiers()))
                .filter(m -> acceptsAsIs(m.getParameterTypes(), args))
                .toList();
        return fits.size() == 1 ? fits.get(0) : null;
    }

    private static boolean acceptsAsIs(Class<?>[] parameters, Object[] args) {
        if (parameters.length != args.length) {
            return false;
        }
        for (int i = 0; i < args.length; i++) {
            boolean fits = args[i] == null
                    ? !parameters[i].isPrimitive()
                    : MethodType.methodType(parameters[i]).wrap().returnType().isInstance(args[i]);
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    private boolean permitted(Class<?> target, Method method, Info info) {
        if (settings.allowlist().allows(target, method)) {
            return true;
        }
        String entry = MethodAllowlist.entryOf(method);
        if (settings.strict()) {
            throw new MethodNotAllowlistedException(entry);
        }
        LOG.warn("{} (template {}, line {})", MethodNotAllowlistedException.messageFor(entry),
                info.getTemplateName(), info.getLine());
        return false;
    }
}
