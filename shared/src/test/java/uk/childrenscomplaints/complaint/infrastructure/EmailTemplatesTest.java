package uk.childrenscomplaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.ports.EmailTemplate;

class EmailTemplatesTest {

    private static final Pattern TAG = Pattern.compile("\\{\\{([^}]*)}}");
    private final EmailTemplates templates = EmailTemplates.fromClasspath();

    @Test
    void everyEmailHasASubjectATextPartAndAnHtmlPart() {
        for (EmailTemplate template : EmailTemplate.values()) {
            EmailTemplates.Content content = templates.content(template);
            assertThat(content.subject()).as(template.fileName()).isNotBlank().doesNotContain("\n");
            assertThat(content.text()).as(template.fileName()).isNotBlank();
            assertThat(content.html())
                    .as(template.fileName())
                    .contains("<html lang=\"en\"")
                    .containsOnlyOnce("<h1");
        }
    }

    @Test
    void noTemplateUsesTheTripleStashThatSkipsEscaping() {
        for (EmailTemplate template : EmailTemplate.values()) {
            EmailTemplates.Content content = templates.content(template);
            assertThat(content.subject() + content.text() + content.html())
                    .as(template.fileName())
                    .doesNotContain("{{{");
        }
    }

    @Test
    void theHtmlPartOnlyPrintsTheEscapedCopiesOfTheData() {
        for (EmailTemplate template : EmailTemplate.values()) {
            Matcher tag = TAG.matcher(templates.content(template).html());
            // Inside {{#each html.x}} the context is a row of escaped values, so a bare name prints an escaped copy.
            java.util.Deque<Boolean> escapedRows = new java.util.ArrayDeque<>();
            while (tag.find()) {
                String expression = tag.group(1).strip();
                String where = template.fileName() + ": {{" + expression + "}}";
                if (expression.startsWith("#each")) {
                    assertThat(expression)
                            .as(where + " loops over escaped rows")
                            .startsWith("#each html.");
                    escapedRows.push(true);
                    continue;
                }
                if (expression.equals("/each")) {
                    escapedRows.pop();
                    continue;
                }
                boolean block = expression.startsWith("#") || expression.startsWith("/") || expression.equals("else");
                boolean inRow = !escapedRows.isEmpty();
                // A row reaching out of its loop (../x, @root.x) would print the unescaped data.
                assertThat(expression).as(where).doesNotContain("../", "@root", "this.");
                assertThat(block || expression.startsWith("html.") || inRow)
                        .as(where)
                        .isTrue();
            }
            assertThat(escapedRows)
                    .as(template.fileName() + ": every {{#each}} is closed")
                    .isEmpty();
        }
    }

    @Test
    void listsArriveAsGivenAndEscapedUnderHtml() {
        Map<String, Object> data = HtmlTemplateData.of(
                Map.of("team", "A & B"),
                Map.of("complaints", java.util.List.of(Map.of("reference", "<b>CSC-2026-0001</b>"))));

        assertThat(data)
                .containsEntry("team", "A & B")
                .containsEntry("complaints", java.util.List.of(Map.of("reference", "<b>CSC-2026-0001</b>")))
                .containsEntry(
                        "html",
                        Map.of(
                                "team",
                                "A &amp; B",
                                "complaints",
                                java.util.List.of(Map.of("reference", "&lt;b&gt;CSC-2026-0001&lt;/b&gt;"))));
    }

    @Test
    void theHtmlNeedsNothingFromOutsideTheEmail() {
        for (EmailTemplate template : EmailTemplate.values()) {
            assertThat(templates.content(template).html())
                    .as(template.fileName())
                    .doesNotContain("<script", "<img", "<link", "src=");
        }
    }

    @Test
    void theSesNameCarriesTheTemplateAndAShortHashOfItsWording() {
        assertThat(templates.sesName(EmailTemplate.ACKNOWLEDGEMENT)).matches("complaints-acknowledgement-[0-9a-f]{8}");
        assertThat(templates.sesName(EmailTemplate.TEAM_NEW_COMPLAINT))
                .matches("complaints-team-new-complaint-[0-9a-f]{8}")
                .hasSizeLessThanOrEqualTo(64);
    }

    @Test
    void changingAnyPartOfTheWordingGivesANewSesName() {
        EmailTemplates.Content original = templates.content(EmailTemplate.ACKNOWLEDGEMENT);
        String name = templates.sesName(EmailTemplate.ACKNOWLEDGEMENT);

        assertThat(withAcknowledgement(
                        new EmailTemplates.Content(original.subject() + ".", original.text(), original.html())))
                .isNotEqualTo(name);
        assertThat(withAcknowledgement(
                        new EmailTemplates.Content(original.subject(), original.text() + " ", original.html())))
                .isNotEqualTo(name);
        assertThat(withAcknowledgement(
                        new EmailTemplates.Content(original.subject(), original.text(), original.html() + "\n")))
                .isNotEqualTo(name);
        assertThat(withAcknowledgement(original)).isEqualTo(name);
    }

    @Test
    void escapingLeavesApostrophesForNamesLikeOBrien() {
        assertThat(HtmlTemplateData.escape("<b>Tom & \"Jerry\"</b> O'Brien"))
                .isEqualTo("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt; O'Brien");
    }

    private String withAcknowledgement(EmailTemplates.Content acknowledgement) {
        Map<EmailTemplate, EmailTemplates.Content> contents = new EnumMap<>(EmailTemplate.class);
        for (EmailTemplate template : EmailTemplate.values()) {
            contents.put(template, templates.content(template));
        }
        contents.put(EmailTemplate.ACKNOWLEDGEMENT, acknowledgement);
        return new EmailTemplates(contents).sesName(EmailTemplate.ACKNOWLEDGEMENT);
    }
}
