package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import uk.childrenscomplaints.local.standins.SamTemplate;

/**
 * The submission function's shaded jar, the one template.yaml deploys, in a class loader of its own (with
 * {@link PagesProbe}, which builds the handler as Lambda builds it and pushes requests through it), for the ITs that
 * check what a cold start loads. Sets the region the handler needs and the thread's context loader while open, and puts
 * both back on {@link #close}.
 */
final class SubmissionJarInItsOwnLoader implements AutoCloseable {
    /** Parented by the platform loader only, so nothing of the test's class path leaks in; says what it has loaded. */
    private static final class WatchingClassLoader extends URLClassLoader {
        WatchingClassLoader(URL... urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        boolean hasLoaded(String name) {
            synchronized (getClassLoadingLock(name)) {
                return findLoadedClass(name) != null;
            }
        }
    }

    private final WatchingClassLoader loader;
    private final Class<?> probe;
    private final Method request;
    private final ClassLoader previousLoader;
    private final String previousRegion;

    SubmissionJarInItsOwnLoader() throws Exception {
        Path jar =
                SamTemplate.repositoryRoot().resolve("functions/submit-complaint/target/submit-complaint-lambda.jar");
        assertThat(jar)
                .as("the submission function's jar (run mvn package first)")
                .isRegularFile();
        URL probeClasses =
                PagesProbe.class.getProtectionDomain().getCodeSource().getLocation();
        previousLoader = Thread.currentThread().getContextClassLoader();
        previousRegion = System.getProperty("aws.region");
        loader = new WatchingClassLoader(jar.toUri().toURL(), probeClasses);
        probe = loader.loadClass(PagesProbe.class.getName());
        request = probe.getMethod("request", String.class, String.class, String.class, String.class);
        System.setProperty("aws.region", "eu-west-2");
        Thread.currentThread().setContextClassLoader(loader);
    }

    /** The status the handler answers ({@code body} null for a GET). */
    int request(String method, String path, String contentType, String body) throws Exception {
        return (int) request.invoke(null, method, path, contentType, body);
    }

    boolean hasLoaded(String className) {
        return loader.hasLoaded(className);
    }

    /** Whether the jar holds this resource, such as {@code org/thymeleaf/TemplateEngine.class}. */
    boolean holds(String resource) {
        return loader.getResource(resource) != null;
    }

    @Override
    public void close() throws Exception {
        try {
            probe.getMethod("close").invoke(null);
            loader.close();
        } finally {
            Thread.currentThread().setContextClassLoader(previousLoader);
            if (previousRegion == null) {
                System.clearProperty("aws.region");
            } else {
                System.setProperty("aws.region", previousRegion);
            }
        }
    }
}
