package uk.childrenscomplaints.complaint.infrastructure;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.env.AbstractPropertySourceLoader;
import io.micronaut.context.env.PropertySource;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts shared's {@value #FILE} into every Micronaut context, so every function binds {@link ComplaintsConfiguration}
 * from the same settings with the same defaults. Micronaut reads only the first {@code application.properties} on
 * the classpath, and the local runtime runs every function on one classpath, so the settings cannot live in each
 * function's {@code application.properties}; this file has a name of its own and exists once. Registered as a service
 * ({@code META-INF/services}), which Micronaut loads whenever a context is built: in a shaded jar, in the local
 * runtime and in tests alike. The council's profile, named by {@value #PROFILE_VARIABLE}, is laid over this file
 * (decision 032).
 */
public final class ComplaintsSettings implements ApplicationContextConfigurer {
    public static final String FILE = "complaints.properties";
    /** Below the council's profile: the profile's values win over these defaults. */
    static final int ORDER = AbstractPropertySourceLoader.DEFAULT_POSITION - 2;
    /**
     * The council's profile ({@code config/<name>.properties}, packed in shared's jar under {@value #PROFILES}): just
     * below each function's application.properties, so the environment, system properties and tests override it.
     */
    static final int PROFILE_ORDER = AbstractPropertySourceLoader.DEFAULT_POSITION - 1;
    /** The environment variable (a system property of that name in the local runtime) naming the profile. */
    public static final String PROFILE_VARIABLE = "COUNCIL_PROFILE";

    public static final String SAMPLE_PROFILE = "sample-council";
    static final String PROFILES = "councils/";
    static final String PROFILE_SUFFIX = ".properties";
    private static final Pattern PROFILE_NAME = Pattern.compile("[a-z0-9-]{1,64}");
    /** A list's entry, {@code complaints.teams[0]}: the key's name and its place. */
    private static final Pattern LIST_ENTRY = Pattern.compile("(.+)\\[(\\d{1,4})\\]");

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
            throw new IllegalStateException(PROFILE_VARIABLE + " must be a profile's file name without "
                    + PROFILE_SUFFIX + ": lower-case letters, digits and hyphens, like sample-council");
        }
        return read(
                PROFILES + name + PROFILE_SUFFIX,
                "add config/" + name + PROFILE_SUFFIX + " and build again (README, \"Your council's profile\")");
    }

    private static Map<String, Object> read(String resource, String remedy) {
        try (InputStream in = ComplaintsSettings.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath: " + remedy);
            }
            return parse(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * A properties file as the map Micronaut's YAML loader made of the same settings (decision 043): each key as
     * written, in the file's order, and the entries of a list ({@code key[0]}, {@code key[1]}, ...) as one list under
     * {@code key}, in their numbers' order. Properties rather than YAML so that no function carries SnakeYAML; read
     * here, as UTF-8, rather than by Micronaut's properties loader, which reads ISO-8859-1 and would garble a
     * council's accented name.
     */
    static Map<String, Object> parse(String resource, Reader text) throws IOException {
        Map<String, String> inOrder = new LinkedHashMap<>();
        Properties properties = new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized Object put(Object key, Object value) {
                inOrder.put((String) key, (String) value);
                return super.put(key, value);
            }
        };
        properties.load(text);
        Map<String, Object> settings = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, String>> lists = new LinkedHashMap<>();
        inOrder.forEach((key, value) -> {
            Matcher entry = LIST_ENTRY.matcher(key);
            if (entry.matches()) {
                settings.putIfAbsent(entry.group(1), List.of());
                lists.computeIfAbsent(entry.group(1), k -> new TreeMap<>())
                        .put(Integer.parseInt(entry.group(2)), value);
            } else {
                settings.put(key, value);
            }
        });
        lists.forEach((key, entries) -> {
            if (entries.lastKey() != entries.size() - 1) {
                throw new IllegalStateException(resource + ": the entries of " + key
                        + " must be numbered from [0] without gaps, as " + key + "[0], " + key + "[1] and so on");
            }
            settings.put(key, List.copyOf(entries.values()));
        });
        return settings;
    }
}
