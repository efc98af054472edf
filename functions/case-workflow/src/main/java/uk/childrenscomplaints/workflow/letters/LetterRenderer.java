package uk.childrenscomplaints.workflow.letters;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.complaint.application.deadlines.Notifications;
import uk.childrenscomplaints.complaint.application.ports.LetterKind;
import uk.childrenscomplaints.complaint.infrastructure.ComplaintsConfiguration;
import uk.childrenscomplaints.complaint.infrastructure.CouncilProfile;
import uk.childrenscomplaints.complaint.model.Complaint;

/**
 * Letters to complainants as tagged, A4 PDF (decision 034): {@code views/letters/letters.html} under the council's
 * letterhead, one letter a page run, every value by {@code th:text}. The Thymeleaf engine and the PDF library are
 * reached only through holder classes, so a function that never prints a letter never loads them (issue 17 measures
 * cold starts).
 */
@Singleton
public class LetterRenderer {
    static final String TEMPLATE = "letters/letters";

    private final Letterhead letterhead;
    private final TimescalePolicy policy;

    @Inject
    public LetterRenderer(ComplaintsConfiguration config, CouncilProfile council, TimescalePolicy policy) {
        this(
                new Letterhead(
                        config.councilName(),
                        council.postalAddress(),
                        council.phone(),
                        council.email(),
                        council.advocacyName(),
                        council.advocacyPhone(),
                        council.advocacyUrl()),
                policy);
    }

    public LetterRenderer(Letterhead letterhead, TimescalePolicy policy) {
        this.letterhead = letterhead;
        this.policy = policy;
    }

    /** One letter to print; {@code on} is the letter's date. */
    public record Wanted(LetterKind kind, Complaint complaint) {}

    public byte[] render(LetterKind kind, Complaint complaint, LocalDate on) {
        return renderAll(List.of(new Wanted(kind, complaint)), on, kind.heading() + ", " + complaint.reference());
    }

    /** Several letters in one PDF, each starting on a new page: the day's letters to post, printed at once. */
    public byte[] renderAll(List<Wanted> letters, LocalDate on, String title) {
        return PdfDocument.fromXhtml(html(letters, on, title));
    }

    /** The XHTML the PDF is made from; a test reads it to check the escaping. */
    String html(List<Wanted> letters, LocalDate on, String title) {
        Context context = new Context(Locale.UK);
        context.setVariable("title", title);
        context.setVariable("council", councilModel());
        context.setVariable(
                "letters",
                letters.stream()
                        .map(w -> LetterContent.of(w.kind(), w.complaint(), on, policy))
                        .toList());
        return Engine.INSTANCE.process(TEMPLATE, context);
    }

    private Map<String, Object> councilModel() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", letterhead.councilName());
        m.put("addressLines", letterhead.addressLines());
        m.put("phone", blankToEmpty(letterhead.councilPhone()));
        m.put("email", blankToEmpty(letterhead.councilEmail()));
        m.put("advocacyName", letterhead.advocacyName());
        m.put("advocacyPhone", letterhead.advocacyPhone());
        m.put("advocacyUrl", letterhead.advocacyUrl());
        return m;
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    /** The letters' date in words, as the emails write dates. */
    public static String longDate(LocalDate date) {
        return Notifications.longDate(date);
    }

    /** Built on the first letter, once per container. */
    private static final class Engine {
        static final TemplateEngine INSTANCE = engine();

        private static TemplateEngine engine() {
            ClassLoaderTemplateResolver resolver =
                    new ClassLoaderTemplateResolver(LetterRenderer.class.getClassLoader());
            resolver.setPrefix("views/");
            resolver.setSuffix(".html");
            // XML: the PDF library reads XHTML, so every element must be closed.
            resolver.setTemplateMode(TemplateMode.XML);
            resolver.setCharacterEncoding("UTF-8");
            resolver.setCacheable(true);
            TemplateEngine engine = new TemplateEngine();
            engine.setTemplateResolver(resolver);
            return engine;
        }
    }
}
