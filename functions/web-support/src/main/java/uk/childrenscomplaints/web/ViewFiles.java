package uk.childrenscomplaints.web;

import io.micronaut.views.ViewUtils;
import io.micronaut.views.thymeleaf.ThymeleafViewsRendererConfigurationProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a view's template is on the class path, answered from the class loader (issue 17, decision 043). Micronaut's
 * {@code ThymeleafViewsRenderer.exists} asks {@code DefaultClassPathResourceLoader.getResourceAsStream}, which for a
 * resource inside a jar opens the whole jar as a NIO zip file system (reading its 17,000-entry directory), reads the
 * file and closes it again, on every call: about 10 ms each, paid by the first page and each error page. This gives
 * the same answer for every view name from one {@code getResource} of the same path: the views folder, the name
 * normalised as Micronaut does, the renderer's default suffix (no function sets another, see {@link ThymeleafPieces});
 * refused when it climbs with {@code ../}, as Micronaut's loader refuses it; absent when the path names a directory.
 * {@code ViewFilesTest} holds the two answers side by side, from a jar and from a folder.
 */
final class ViewFiles {
    /** A compile-time constant, so reading it loads no Thymeleaf class. */
    static final String SUFFIX = ThymeleafViewsRendererConfigurationProperties.DEFAULT_SUFFIX;

    private ViewFiles() {}

    /**
     * The template's path on the class path, as the renderer computes it: {@code folder} is already normalised by
     * {@code ViewsConfiguration.getFolder()} (no leading slash, a trailing one).
     */
    static String location(String folder, String viewName) {
        return folder + ViewUtils.normalizeFile(viewName, SUFFIX) + SUFFIX;
    }

    static boolean exists(ClassLoader loader, String folder, String viewName) {
        String location = location(folder, viewName);
        if (location.replace('\\', '/').contains("../")) {
            return false;
        }
        URL url = loader.getResource(location);
        return url != null && !isDirectory(url);
    }

    private static boolean isDirectory(URL url) {
        try {
            return switch (url.getProtocol()) {
                // The class loader already holds this jar open; the connection reuses it and reads one entry's header.
                case "jar" -> {
                    URLConnection connection = url.openConnection();
                    yield connection instanceof JarURLConnection jar
                            && jar.getJarEntry() != null
                            && jar.getJarEntry().isDirectory();
                }
                // In Lambda the package is extracted to /var/task, so this is the deployed case.
                case "file" -> Files.isDirectory(Path.of(url.toURI()));
                default -> false;
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the view at " + url, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the class loader gave a view a URL that is not a URI: " + url, e);
        }
    }
}
