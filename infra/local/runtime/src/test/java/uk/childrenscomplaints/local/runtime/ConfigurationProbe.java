package uk.childrenscomplaints.local.runtime;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import uk.childrenscomplaints.complaint.infrastructure.ComplaintsConfiguration;

/**
 * Runs inside one function's shaded jar, in a class loader of its own (see {@link SameSettingsEverywhereIT}): starts
 * the function as Lambda would, through its handler class, and answers the {@link ComplaintsConfiguration} its
 * context bound, as text. Uses nothing from the test's own class path but itself.
 */
public final class ConfigurationProbe {
    private ConfigurationProbe() {}

    public static String bound(String handlerClass) throws Exception {
        Class<?> handler = Class.forName(handlerClass, true, ConfigurationProbe.class.getClassLoader());
        Object instance = construct(handler);
        try {
            return context(instance).getBean(ComplaintsConfiguration.class).toString();
        } finally {
            if (instance instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    /** With the builder the handler takes (MicronautRequestHandler), else as Lambda does: no arguments. */
    private static Object construct(Class<?> handler) throws Exception {
        try {
            Constructor<?> withBuilder = handler.getConstructor(ApplicationContextBuilder.class);
            return withBuilder.newInstance(ApplicationContext.builder());
        } catch (NoSuchMethodException e) {
            return handler.getConstructor().newInstance();
        }
    }

    private static ApplicationContext context(Object instance) throws Exception {
        for (Class<?> c = instance.getClass(); c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals("getApplicationContext") && m.getParameterCount() == 0) {
                    m.setAccessible(true);
                    return (ApplicationContext) m.invoke(instance);
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (ApplicationContext.class.isAssignableFrom(f.getType())) {
                    f.setAccessible(true);
                    return (ApplicationContext) f.get(instance);
                }
            }
        }
        throw new IllegalStateException(instance.getClass() + " keeps no application context");
    }
}
