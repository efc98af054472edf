package uk.childrenscomplaints.local.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

/**
 * One function's handler, built on its first invocation as Lambda builds it on a cold start, then reused.
 * Invocations are serialised: one Lambda instance handles one event at a time, and handler code may rely on it.
 */
public final class LocalFunction {

    private final LambdaFunction definition;
    private final Map<String, String> environment;
    private final SystemPropertyEnvironment properties;
    private final ClassLoader loader;
    private Invoker invoker;
    private volatile Runnable afterEachInvocation = () -> {};

    LocalFunction(LambdaFunction definition, Map<String, String> environment, SystemPropertyEnvironment properties) {
        this.definition = definition;
        this.environment = environment;
        this.properties = properties;
        // HTTP worker threads may carry another context class loader; Micronaut looks up services through it.
        this.loader = Thread.currentThread().getContextClassLoader();
    }

    public LambdaFunction definition() {
        return definition;
    }

    /** Run after each invocation, whatever it answered: the runtime nudges its outbox relay so (decision 035). */
    void afterEachInvocation(Runnable then) {
        this.afterEachInvocation = then;
    }

    /** Calls the handler with the event and a fresh context; returns what the handler returned. */
    public synchronized Object invoke(Object event) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            if (invoker == null) {
                properties.apply(definition.logicalId(), environment);
                invoker = load();
            }
            Context context = new LocalLambdaContext(UUID.randomUUID().toString(), definition, Instant.now());
            return invoker.invoke(event, context);
        } finally {
            thread.setContextClassLoader(previous);
            afterEachInvocation.run();
        }
    }

    private Invoker load() {
        String handler = definition.handler();
        Class<?> type = loadClass(definition.handlerClass());
        int separator = handler.indexOf("::");
        if (separator >= 0) {
            return methodInvoker(type, handler.substring(separator + 2));
        }
        if (RequestHandler.class.isAssignableFrom(type)) {
            @SuppressWarnings("unchecked")
            RequestHandler<Object, Object> instance = (RequestHandler<Object, Object>) instantiate(type);
            return instance::handleRequest;
        }
        if (RequestStreamHandler.class.isAssignableFrom(type)) {
            throw new IllegalStateException(handler + " is a RequestStreamHandler; the local runtime passes events as "
                    + "objects and does not yet serialise them to a stream");
        }
        throw new IllegalStateException(handler + " is neither a RequestHandler nor Class::method");
    }

    private Invoker methodInvoker(Class<?> type, String name) {
        Method method = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name))
                .filter(m -> m.getParameterCount() == 1
                        || (m.getParameterCount() == 2 && m.getParameterTypes()[1] == Context.class))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        definition.handler() + ": no public method taking (event) or (event, Context)"));
        Object target = Modifier.isStatic(method.getModifiers()) ? null : instantiate(type);
        return (event, context) -> {
            try {
                return method.getParameterCount() == 1
                        ? method.invoke(target, event)
                        : method.invoke(target, event, context);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(definition.handler() + " is not accessible", e);
            } catch (InvocationTargetException e) {
                throw rethrow(e.getCause());
            }
        };
    }

    private Class<?> loadClass(String name) {
        try {
            return Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(
                    definition.logicalId() + ": handler class " + name
                            + " is not on the local runtime's classpath; does its pom depend on the function's module?",
                    e);
        }
    }

    private Object instantiate(Class<?> type) {
        try {
            return type.getConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    type.getName() + " needs a public no-argument constructor, as Lambda does", e);
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("Handler threw a checked exception", cause);
    }

    @FunctionalInterface
    private interface Invoker {
        Object invoke(Object event, Context context);
    }
}
