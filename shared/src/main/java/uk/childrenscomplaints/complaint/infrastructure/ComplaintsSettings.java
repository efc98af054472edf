package uk.childrenscomplaints.complaint.infrastructure;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.env.AbstractPropertySourceLoader;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts shared's {@value #FILE} into every Micronaut context, so every function binds {@link ComplaintsConfiguration}
 * from the same settings with the same defaults. Micronaut reads only the first {@code application.yml} on the
 * classpath, and the local runtime runs every function on one classpath, so the settings cannot live in each
 * function's {@code application.yml}; this file has a name of its own and exists once. Registered as a service
 * ({@code META-INF/services}), which Micronaut loads whenever a context is built: in a shaded jar, in the local
 * runtime and in tests alike. The council's profile, named by {@value #PROFILE_VARIABLE}, is laid over this file
 * (decision 032).
 */
public final class ComplaintsSettings implements ApplicationContextConfigurer {
    public static final String FILE = "complaints.yml";
    /** Below the council's profile: the profile's values win over these defaults. */
    static final int ORDER = AbstractPropertySourceLoader.DEFAULT_POSITION - 2;
    /**
     * The council's profile ({@code config/<name>.yml}, packed in shared's jar under {@value #PROFILES}): just below
     * each function's application.yml, so the environment, system properties and tests override it.
     */
    static final int PROFILE_ORDER = AbstractPropertySourceLoader.DEFAULT_POSITION - 1;
    /** The environment variable (a system property of that name in the local runtime) naming the profile. */
    public static final String PROFILE_VARIABLE = "COUNCIL_PROFILE";

    public static final String SAMPLE_PROFILE = "sample-council";
    static final String PROFILES = "councils/";
    private static final java.util.regex.Pattern PROFILE_NAME = java.util.regex.Pattern.compile("[a-z0-9-]{1,64}");

    /** Where a profile lists its team managers, by team code; kept out of Micronaut's map binding (see below). */
    static final String PROFILE_MANAGERS = "complaints.team-managers.";

    static final String MANAGER_LIST = "complaints.team-manager-list";

    @Override
    public void configure(ApplicationContextBuilder builder) {
        builder.propertySources(sources(profileName()).toArray(PropertySource[]::new));
    }

    /**
     * {@value #FILE} and the named profile over it. The profile's team managers join the front of
     * {@code team-manager-list}, before {@code ${TEAM_MANAGERS:}}, so the deploy parameter is laid over them entry by
     * entry: bound as a map, Micronaut would lower-case the team codes that the weekly summary sends by.
     */
    public static List<PropertySource> sources(String profile) {
        Map<String, Object> settings = new LinkedHashMap<>(read(FILE, "it ships in shared's jar"));
        Map<String, Object> council = new LinkedHashMap<>(profileSettings(profile));
        StringBuilder managers = new StringBuilder();
        council.keySet().removeIf(key -> {
            if (!key.startsWith(PROFILE_MANAGERS)) {
                return false;
            }
            managers.append(key.substring(PROFILE_MANAGERS.length()))
                    .append('=')
                    .append(council.get(key))
                    .append(';');
            return true;
        });
        Object list = settings.get(MANAGER_LIST);
        settings.put(MANAGER_LIST, managers + (list == null ? "" : list.toString()));
        return List.of(
                PropertySource.of(FILE, settings, ORDER),
                PropertySource.of("council profile " + profile, council, PROFILE_ORDER));
    }

    /**
     * Read here, once, rather than through the context: the profile decides property sources, which must be known
     * before the context resolves anything. Unset: the sample council, which the local runtime and tests use; the
     * template makes a deployment name one.
     */
    static String profileName() {
        String name = System.getProperty(PROFILE_VARIABLE);
        if (name == null || name.isBlank()) {
            name = System.getenv(PROFILE_VARIABLE);
        }
        return name == null || name.isBlank() ? SAMPLE_PROFILE : name.trim();
    }

    /** The named council profile; a name with no file stops the function, saying where to add it. */
    static Map<String, Object> profileSettings(String name) {
        if (!PROFILE_NAME.matcher(name).matches()) {
            throw new IllegalStateException(PROFILE_VARIABLE + " must be a profile's file name without .yml:"
                    + " lower-case letters, digits and hyphens, like sample-council");
        }
        return read(
                PROFILES + name + ".yml",
                "add config/" + name + ".yml and build again (README, \"Your council's profile\")");
    }

    private static Map<String, Object> read(String resource, String remedy) {
        try (InputStream in = ComplaintsSettings.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath: " + remedy);
            }
            return new YamlPropertySourceLoader().read(resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
