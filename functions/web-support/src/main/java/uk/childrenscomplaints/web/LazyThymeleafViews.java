package uk.childrenscomplaints.web;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.ViewsConfiguration;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;

/**
 * The pages' Thymeleaf, built when the first page is rendered rather than when the function starts (issue 17,
 * decision 038). Micronaut's own renderer and its {@code TemplateEngine} are singletons, and a Lambda context creates
 * every singleton at start, so a JSON POST paid for a template engine it never used. Each web function turns
 * Micronaut's off ({@code micronaut.views.thymeleaf.enabled: false}); this bean is the views filter's HTML renderer in
 * its place, and holds nothing of Thymeleaf until asked: the first {@link #render} builds the very same renderer from the
 * same pieces with Micronaut's defaults ({@link ThymeleafPieces}). A function whose pages are compiled
 * ({@link CompiledPageViews}) has no Thymeleaf at all (decision 044).
 */
@Singleton
@Produces(MediaType.TEXT_HTML)
@Requires(property = LazyThymeleafViews.MICRONAUTS_OWN, value = "false")
@Requires(missingProperty = CompiledPageViews.PACKAGE)
public final class LazyThymeleafViews<T> implements ViewsRenderer<T, HttpRequest<?>> {
    /** Micronaut's own Thymeleaf beans, which this one stands in for. */
    static final String MICRONAUTS_OWN = "micronaut.views.thymeleaf.enabled";

    private final ViewsConfiguration views;
    private final BeanProvider<HttpServerConfiguration> server;
    private final BeanProvider<MessageSource> messages;
    private final ClassPathResourceLoader resources;
    private final BeanProvider<HttpLocaleResolver> locales;
    private volatile ViewsRenderer<T, HttpRequest<?>> built;

    LazyThymeleafViews(
            ViewsConfiguration views,
            BeanProvider<HttpServerConfiguration> server,
            BeanProvider<MessageSource> messages,
            ClassPathResourceLoader resources,
            BeanProvider<HttpLocaleResolver> locales) {
        this.views = views;
        this.server = server;
        this.messages = messages;
        this.resources = resources;
        this.locales = locales;
    }

    @Override
    public Writable render(String viewName, T data, HttpRequest<?> request) {
        return renderer().render(viewName, data, request);
    }

    /**
     * From the class loader ({@link ViewFiles}) rather than Micronaut's renderer, which opens the whole jar as a zip
     * file system for each answer. A Thymeleaf fragment expression ({@code page :: part}) needs the template engine to
     * parse, so it is still the renderer's to answer; no page of ours names one.
     */
    @Override
    public boolean exists(String viewName) {
        if (viewName.contains("::")) {
            return renderer().exists(viewName);
        }
        return ViewFiles.exists(resources.getClassLoader(), views.getFolder(), viewName);
    }

    /** Whether a page has been asked for yet, and so the template engine built. */
    public boolean isBuilt() {
        return built != null;
    }

    private ViewsRenderer<T, HttpRequest<?>> renderer() {
        ViewsRenderer<T, HttpRequest<?>> r = built;
        if (r == null) {
            synchronized (this) {
                r = built;
                if (r == null) {
                    r = ThymeleafPieces.renderer(views, server.get(), messages.get(), resources, locales.get());
                    built = r;
                }
            }
        }
        return r;
    }
}
