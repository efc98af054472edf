package uk.childrenscomplaints.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import uk.childrenscomplaints.complaint.infrastructure.CouncilProfile;
import uk.childrenscomplaints.web.CompiledPages;
import uk.childrenscomplaints.web.CouncilPageModel;

/**
 * MIGRATION ONLY (decision 044): a page rendered by the old Thymeleaf template and by its compiled jte page must be the
 * same document: the same elements, attributes and text, whitespace and comments aside.
 */
final class PageParity {
    static final CompiledPages COMPILED =
            new CompiledPages(PageParity.class.getClassLoader(), "uk.childrenscomplaints.submission.pages");
    private static final TemplateEngine THYMELEAF = thymeleaf();
    private static final Set<String> BOOLEAN_ATTRIBUTES =
            Set.of("checked", "selected", "disabled", "hidden", "required", "readonly", "multiple", "open");

    private PageParity() {}

    private static TemplateEngine thymeleaf() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("views/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** Renders the view both ways with the sample council added, as CouncilPageModel adds it, and compares. */
    static void assertSamePage(String view, Map<String, Object> model) {
        assertSamePage(view, model, ViewEscapingTest.COUNCIL, "Test County Council");
    }

    static void assertSamePage(String view, Map<String, Object> model, CouncilProfile council, String councilName) {
        Map<String, Object> full = new java.util.HashMap<>(model);
        full.putIfAbsent(CouncilPageModel.COUNCIL, council);
        full.putIfAbsent(CouncilPageModel.NAME, councilName);
        Context context = new Context();
        context.setVariables(full);
        List<String> expected = canonical(THYMELEAF.process(view, context));
        List<String> actual = canonical(COMPILED.render(view, full));
        int at = 0;
        while (at < expected.size() && at < actual.size() && expected.get(at).equals(actual.get(at))) {
            at++;
        }
        if (at < expected.size() || at < actual.size()) {
            int from = Math.max(0, at - 4);
            assertThat(String.join("\n", actual.subList(from, Math.min(actual.size(), at + 6))))
                    .as(view + ": the compiled page differs from line " + at + " of the canonical form")
                    .isEqualTo(String.join("\n", expected.subList(from, Math.min(expected.size(), at + 6))));
        }
    }

    /** One line per element (tag and sorted attributes), per closing tag and per text, whitespace collapsed. */
    static List<String> canonical(String html) {
        Document document = Jsoup.parse(html);
        List<String> lines = new ArrayList<>();
        for (Node child : document.childNodes()) {
            walk(child, lines);
        }
        return lines;
    }

    private static void walk(Node node, List<String> lines) {
        if (node instanceof Element e) {
            StringBuilder line = new StringBuilder("<").append(e.tagName());
            e.attributes().asList().stream()
                    .sorted(Comparator.comparing(Attribute::getKey))
                    .forEach(a -> {
                        line.append(' ').append(a.getKey());
                        if (!BOOLEAN_ATTRIBUTES.contains(a.getKey())) {
                            line.append("=\"")
                                    .append(a.getValue().replaceAll("\\s+", " ").strip())
                                    .append('"');
                        }
                    });
            lines.add(line.append('>').toString());
            for (Node child : e.childNodes()) {
                walk(child, lines);
            }
            lines.add("</" + e.tagName() + ">");
        } else if (node instanceof TextNode t) {
            String text = t.getWholeText().replaceAll("\\s+", " ");
            if (!text.isBlank()) {
                lines.add("text:" + text.strip());
            }
        } else if (node instanceof DataNode d) {
            String data = d.getWholeData().replaceAll("\\s+", " ").strip();
            if (!data.isEmpty()) {
                lines.add("data:" + data);
            }
        } else if (node instanceof DocumentType) {
            lines.add("<!DOCTYPE html>");
        }
    }
}
