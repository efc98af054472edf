package uk.childrenscomplaints.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.io.scan.DefaultClassPathResourceLoader;
import io.micronaut.views.ViewsConfigurationProperties;
import io.micronaut.views.thymeleaf.ThymeleafFactory;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import io.micronaut.views.thymeleaf.ThymeleafViewsRendererConfigurationProperties;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ViewFiles} answers {@code exists} as Micronaut's Thymeleaf renderer does, for every kind of view name, from a
 * jar (the bench, the local runtime) and from a folder (Lambda extracts the package to /var/task): the pages would
 * otherwise be found where Micronaut finds none, or a page refused that it renders.
 */
class ViewFilesTest {
    private static final String PAGE = "<html><body>page</body></html>";

    /** Names a page, a missing one, a climb out of the folder, a directory, and Micronaut's normalisations. */
    private static final List<String> NAMES = List.of(
            "page",
            "nested/page",
            "/page",
            "page.html",
            "nested\\page",
            "missing",
            "nested/missing",
            "../secret",
            "nested/../page",
            "..\\secret",
            "folder",
            "nested",
            "");

    @TempDir
    Path dir;

    @Test
    void aJarsViewsAreFoundAsMicronautFindsThem() throws IOException {
        Path jar = dir.resolve("views.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String file : List.of("views/page.html", "views/nested/page.html", "secret.html")) {
                out.putNextEntry(new JarEntry(file));
                out.write(PAGE.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            // A directory whose name ends as a view's would: "folder" must not count as a page.
            out.putNextEntry(new JarEntry("views/folder.html/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry("views/folder.html/inside.txt"));
            out.write(1);
            out.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertSameAnswers(loader);
        }
    }

    @Test
    void aFoldersViewsAreFoundAsMicronautFindsThem() throws IOException {
        Path root = dir.resolve("task");
        for (String file : List.of("views/page.html", "views/nested/page.html", "secret.html")) {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), PAGE);
        }
        Files.createDirectories(root.resolve("views/folder.html"));
        Files.writeString(root.resolve("views/folder.html/inside.txt"), "x");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            assertSameAnswers(loader);
        }
    }

    @Test
    void theLocationIsTheFolderTheNameAndTheSuffix() {
        assertThat(ViewFiles.location("views/", "complaints/new")).isEqualTo("views/complaints/new.html");
        assertThat(ViewFiles.location("views/", "/staff/dashboard.html")).isEqualTo("views/staff/dashboard.html");
    }

    private static void assertSameAnswers(ClassLoader loader) {
        ViewsConfigurationProperties views = new ViewsConfigurationProperties();
        ThymeleafViewsRenderer<Object> micronauts = new ThymeleafViewsRenderer<>(
                new ThymeleafFactory().templateResolver(views, new ThymeleafViewsRendererConfigurationProperties()),
                null,
                new DefaultClassPathResourceLoader(loader),
                null);
        for (String name : NAMES) {
            assertThat(ViewFiles.exists(loader, views.getFolder(), name))
                    .as("view name [%s]", name)
                    .isEqualTo(micronauts.exists(name));
        }
        // The answers themselves, so that both agreeing on "nothing exists" cannot pass.
        assertThat(ViewFiles.exists(loader, views.getFolder(), "page")).isTrue();
        assertThat(ViewFiles.exists(loader, views.getFolder(), "nested/page")).isTrue();
        assertThat(ViewFiles.exists(loader, views.getFolder(), "missing")).isFalse();
        assertThat(ViewFiles.exists(loader, views.getFolder(), "../secret")).isFalse();
        assertThat(ViewFiles.exists(loader, views.getFolder(), "folder")).isFalse();
    }
}
