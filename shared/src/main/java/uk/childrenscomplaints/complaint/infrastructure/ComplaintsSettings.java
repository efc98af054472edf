package uk.childrenscomplaints.complaint.infrastructure;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.env.AbstractPropertySourceLoader;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Puts shared's {@value #FILE} into every Micronaut context, so every function binds {@link ComplaintsConfiguration}
 * from the same settings with the same defaults. Micronaut reads only the first {@code application.yml} on the
 * classpath, and the local runtime runs every function on one classpath, so the settings cannot live in each
 * function's {@code application.yml}; this file has a name of its own and exists once. Registered as a service
 * ({@code META-INF/services}), which Micronaut loads whenever a context is built: in a shaded jar, in the local
 * runtime and in tests alike.
 */
public final class ComplaintsSettings implements ApplicationContextConfigurer {
    public static final String FILE = "complaints.yml";
    /** Just below each function's application.yml: the environment, system properties and tests override it. */
    static final int ORDER = AbstractPropertySourceLoader.DEFAULT_POSITION - 1;

    @Override
    public void configure(ApplicationContextBuilder builder) {
        builder.propertySources(propertySource());
    }

    /** The settings as read from {@value #FILE}, placeholders unresolved: the context resolves them. */
    public static PropertySource propertySource() {
        try (InputStream in = ComplaintsSettings.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath: it ships in shared's jar");
            }
            Map<String, Object> settings = new YamlPropertySourceLoader().read(FILE, in);
            return PropertySource.of(FILE, settings, ORDER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }
}
