package uk.childrenscomplaints.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The views filter's HTML renderer in a function whose pages are compiled into Java at build time (decision 044): the
 * function's {@code src/main/jte} pages become classes in the package {@value #PACKAGE} names, so a page is a method
 * call that writes escaped text, with no template to find, parse or evaluate at run time. The model is the page's map,
 * each entry one of the page's {@code @param}s, as the controllers and {@link CouncilPageModel} fill it.
 *
 * <p>A function that sets {@value #PACKAGE} has this renderer and not {@link LazyThymeleafViews}. Nothing of jte is
 * loaded until the first page: {@link CompiledPages} is a class of its own.
 */
@Singleton
@Produces(MediaType.TEXT_HTML)
@Requires(property = CompiledPageViews.PACKAGE)
public final class CompiledPageViews<T> implements ViewsRenderer<T, HttpRequest<?>> {
    /** The package the function's compiled pages are generated into (its pom's jte-maven-plugin packageName). */
    public static final String PACKAGE = "complaints.pages.package";

    private final String pagesPackage;
    private final ClassLoader classLoader;
    private volatile CompiledPages pages;

    CompiledPageViews(@Property(name = PACKAGE) String pagesPackage, ClassPathResourceLoader resources) {
        this.pagesPackage = pagesPackage;
        this.classLoader = resources.getClassLoader();
    }

    @Override
    public Writable render(String viewName, T data, HttpRequest<?> request) {
        Map<String, Object> model = model(viewName, data);
        CompiledPages compiled = pages();
        return out -> compiled.render(viewName, model, out);
    }

    @Override
    public boolean exists(String viewName) {
        return pages().has(viewName);
    }

    /** Whether a page has been asked for yet, and so the pages' runtime loaded. */
    public boolean isBuilt() {
        return pages != null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> model(String viewName, Object data) {
        if (data == null) {
            return Map.of();
        }
        if (data instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("The page " + viewName + " takes a map of its parameters, not a "
                + data.getClass().getSimpleName());
    }

    private CompiledPages pages() {
        CompiledPages p = pages;
        if (p == null) {
            synchronized (this) {
                p = pages;
                if (p == null) {
                    p = new CompiledPages(classLoader, pagesPackage);
                    pages = p;
                }
            }
        }
        return p;
    }
}
