package uk.childrenscomplaints.web;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.env.AbstractPropertySourceLoader;
import io.micronaut.context.env.PropertySource;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.childrenscomplaints.complaint.application.FieldError;

/**
 * A JSON body that gives a field twice is refused, naming the field, rather than read as whichever came last
 * ({@code {"consent":false,"consent":true}}; issue 13, finding 8). Both web functions read bodies into a tree with
 * Micronaut's one {@code JsonMapper}; this turns on Jackson's {@code STRICT_DUPLICATE_DETECTION} for its parsers, in
 * every context that has web-support on its classpath (registered as a service, as shared's settings are).
 */
public final class StrictJson implements ApplicationContextConfigurer {
    /** Micronaut serde's parser features, keyed by Jackson's {@code JsonParser.Feature} names. */
    static final String DUPLICATE_DETECTION = "micronaut.serde.jackson.parser-features.STRICT_DUPLICATE_DETECTION";

    private static final Pattern DUPLICATE =
            Pattern.compile("Duplicate (?:field|Object property) '([^'\\r\\n]{1,100})'");

    @Override
    public void configure(ApplicationContextBuilder builder) {
        builder.propertySources(PropertySource.of(
                "strict-json", Map.of(DUPLICATE_DETECTION, true), AbstractPropertySourceLoader.DEFAULT_POSITION - 1));
    }

    /** The field a body gave twice, when that is why the parser refused it. */
    public static Optional<FieldError> duplicateField(Throwable refusal) {
        for (Throwable t = refusal; t != null; t = t.getCause()) {
            Matcher m = DUPLICATE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                String field = m.group(1);
                return Optional.of(new FieldError(field, field + " is given more than once. Send each field once."));
            }
        }
        return Optional.empty();
    }
}
