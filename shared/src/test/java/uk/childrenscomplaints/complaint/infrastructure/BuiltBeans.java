package uk.childrenscomplaints.complaint.infrastructure;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.BeanRegistration;
import io.micronaut.context.DefaultBeanContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which beans a function's context has built so far (decision 037: each function builds only what its handler
 * reaches), and the settings a handler started as Lambda starts it reads: with no arguments it builds its own context,
 * so the test gives its settings as system properties, which Micronaut reads as it reads the environment.
 */
public final class BuiltBeans {
    private final DefaultBeanContext context;

    private BuiltBeans(ApplicationContext context) {
        this.context = (DefaultBeanContext) context;
    }

    public static BuiltBeans in(ApplicationContext context) {
        return new BuiltBeans(context);
    }

    /** The simple names of those of {@code types} the context has built an instance of. */
    public List<String> builtOf(Class<?>... types) {
        return Arrays.stream(types)
                .filter(type -> !context.getActiveBeanRegistrations(type).isEmpty())
                .map(Class::getSimpleName)
                .toList();
    }

    /** The simple names of {@code types}, to compare with {@link #builtOf}. */
    public static List<String> names(Class<?>... types) {
        return Arrays.stream(types).map(Class::getSimpleName).toList();
    }

    /** Every built bean of ours or of the AWS SDK, by class name: what a failing assertion shows. */
    public String ours() {
        TreeSet<String> names = new TreeSet<>();
        for (BeanRegistration<Object> r : context.getActiveBeanRegistrations(Object.class)) {
            String name = r.getBean().getClass().getName();
            if (name.startsWith("uk.childrenscomplaints.") || name.startsWith("software.amazon.awssdk.")) {
                names.add(name.substring(name.lastIndexOf('.') + 1));
            }
        }
        return String.join(", ", names);
    }

    /**
     * Sets these system properties until closed, then puts back what was there: the settings of a handler that builds
     * its own context.
     */
    public static AutoCloseable settings(Map<String, String> settings) {
        Map<String, String> before = new java.util.HashMap<>();
        settings.forEach((k, v) -> before.put(k, System.getProperty(k)));
        settings.forEach(System::setProperty);
        return () -> before.forEach((k, v) -> {
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
    }
}
