package uk.childrenscomplaints.reports.email;

import java.util.Locale;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Lays a {@link ReportDocument} out as the email's HTML part with Thymeleaf ({@code views/reports/email.html} and its
 * parts). Mail clients ignore stylesheets, so the templates carry inline styles, tables and {@code bgcolor} only (no
 * {@code <style>}, script, image or SVG); every value goes in through {@code th:text}, so it is escaped.
 */
final class ReportHtml {
    static final String TEMPLATE = "reports/email";

    private ReportHtml() {}

    /** @param brandColour the council's, {@code #rrggbb} as its profile checked it: the band above the title */
    static String render(ReportDocument document, String brandColour) {
        Context context = new Context(Locale.UK);
        context.setVariable("report", document);
        context.setVariable("brandColour", brandColour);
        return Engine.INSTANCE.process(TEMPLATE, context);
    }

    /**
     * Built on the first report, not at start-up: the function sends a few emails a year, and a cold start should not
     * pay for parsing templates it may not use. The holder class makes it once per container, thread-safely.
     */
    private static final class Engine {
        static final TemplateEngine INSTANCE = engine();

        private static TemplateEngine engine() {
            ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ReportHtml.class.getClassLoader());
            resolver.setPrefix("views/");
            resolver.setSuffix(".html");
            resolver.setTemplateMode(TemplateMode.HTML);
            resolver.setCharacterEncoding("UTF-8");
            resolver.setCacheable(true);
            TemplateEngine engine = new TemplateEngine();
            engine.setTemplateResolver(resolver);
            return engine;
        }
    }
}
