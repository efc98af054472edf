package uk.childrenscomplaints.local.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/**
 * The media types each function sends base64-encoded ({@code micronaut.function.binary-types.additional-types} in its
 * own application.yml), joined for the local runtime. In Lambda each function reads its own file; here every function
 * shares one classpath, where Micronaut reads only the first application.yml, so without this one function's binary
 * answers (case-workflow's PDF letters) would reach the bridge as text and arrive corrupt.
 */
final class LocalBinaryTypes {
    static final String PROPERTY = "micronaut.function.binary-types.additional-types";

    private LocalBinaryTypes() {}

    /** Sets {@value #PROPERTY} to every function's types, before any function is built. */
    static Set<String> applyAll() {
        Set<String> types = all();
        if (!types.isEmpty()) {
            System.setProperty(PROPERTY, String.join(",", types));
        }
        return types;
    }

    static Set<String> all() {
        Set<String> types = new LinkedHashSet<>();
        try {
            Enumeration<URL> files = LocalBinaryTypes.class.getClassLoader().getResources("application.yml");
            while (files.hasMoreElements()) {
                try (InputStream in = files.nextElement().openStream()) {
                    Object tree = new Yaml().load(in);
                    for (String key : new String[] {"micronaut", "function", "binary-types", "additional-types"}) {
                        tree = tree instanceof Map<?, ?> map ? map.get(key) : null;
                    }
                    if (tree instanceof List<?> list) {
                        list.forEach(t -> types.add(String.valueOf(t)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the functions' application.yml", e);
        }
        return types;
    }
}
