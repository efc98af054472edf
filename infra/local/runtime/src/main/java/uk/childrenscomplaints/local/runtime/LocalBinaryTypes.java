package uk.childrenscomplaints.local.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;

/**
 * The media types each function sends base64-encoded ({@code micronaut.function.binary-types.additional-types} in its
 * own application.properties), joined for the local runtime. In Lambda each function reads its own file; here every
 * function shares one classpath, where Micronaut reads only the first application.properties, so without this one
 * function's binary answers (case-workflow's PDF letters) would reach the bridge as text and arrive corrupt.
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
            Enumeration<URL> files = LocalBinaryTypes.class.getClassLoader().getResources("application.properties");
            while (files.hasMoreElements()) {
                Properties settings = new Properties();
                try (InputStream in = files.nextElement().openStream()) {
                    settings.load(in);
                }
                // A list, comma separated, as Micronaut reads it.
                String list = settings.getProperty(PROPERTY, "");
                for (String type : list.split(",")) {
                    if (!type.isBlank()) {
                        types.add(type.trim());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the functions' application.properties", e);
        }
        return types;
    }
}
