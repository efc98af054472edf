package uk.childrenscomplaints.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.Writer;
import java.util.Map;

/**
 * The pages jte-maven-plugin compiled into one package: {@code name} is the page {@code src/main/jte/name.jte}. Every
 * {@code ${...}} a page writes is escaped for where it stands (text, an attribute, a URL), as the compiler decided at
 * build time. A class of its own so that {@link CompiledPageViews} loads no jte class until the first page.
 */
public final class CompiledPages {
    private static final String SUFFIX = ".jte";

    private final TemplateEngine engine;

    public CompiledPages(ClassLoader classLoader, String pagesPackage) {
        this.engine = TemplateEngine.createPrecompiled(null, ContentType.Html, classLoader, pagesPackage);
    }

    public boolean has(String name) {
        return engine.hasTemplate(name + SUFFIX);
    }

    public void render(String name, Map<String, Object> model, Writer out) {
        engine.render(name + SUFFIX, model, new WriterOutput(out));
    }

    /** The page as a string: for tests and for anything that is not an HTTP answer. */
    public String render(String name, Map<String, Object> model) {
        var out = new gg.jte.output.StringOutput();
        engine.render(name + SUFFIX, model, out);
        return out.toString();
    }
}
