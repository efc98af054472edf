package uk.childrenscomplaints.web;

import io.micronaut.context.MessageSource;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.ViewsConfiguration;
import io.micronaut.views.thymeleaf.EngineContextFactory;
import io.micronaut.views.thymeleaf.LinkBuilder;
import io.micronaut.views.thymeleaf.MessageSourceMessageResolver;
import io.micronaut.views.thymeleaf.ThymeleafFactory;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import io.micronaut.views.thymeleaf.ThymeleafViewsRendererConfigurationProperties;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

/**
 * Micronaut's Thymeleaf renderer put together as its own beans would be, with the settings' defaults (no function
 * sets a {@code micronaut.views.thymeleaf.*} value besides turning the beans off). A class of its own so that no
 * Thymeleaf class is loaded until {@link LazyThymeleafViews} first calls it.
 */
final class ThymeleafPieces {

    private ThymeleafPieces() {}

    static <T> ThymeleafViewsRenderer<T> renderer(
            ViewsConfiguration views,
            HttpServerConfiguration server,
            MessageSource messages,
            ClassPathResourceLoader resources,
            HttpLocaleResolver locales) {
        ThymeleafFactory factory = new ThymeleafFactory();
        AbstractConfigurableTemplateResolver templates =
                factory.templateResolver(views, new ThymeleafViewsRendererConfigurationProperties());
        TemplateEngine engine = factory.templateEngine(
                templates,
                new EngineContextFactory(),
                new LinkBuilder(server),
                new MessageSourceMessageResolver(messages));
        return new ThymeleafViewsRenderer<>(templates, engine, resources, locales);
    }
}
