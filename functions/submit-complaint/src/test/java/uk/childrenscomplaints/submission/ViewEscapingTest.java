package uk.childrenscomplaints.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.infrastructure.CouncilProfile;
import uk.childrenscomplaints.complaint.model.Teams;
import uk.childrenscomplaints.web.CompiledPages;
import uk.childrenscomplaints.web.CouncilPageModel;
import uk.childrenscomplaints.web.FormAnswers;

/**
 * The pages compiled at build time (decision 044), rendered as the app renders them: what people typed is text, never
 * markup.
 */
class ViewEscapingTest {
    private static final String ATTACK = "<script>alert(1)</script>\"'&";
    private static final CompiledPages PAGES =
            new CompiledPages(ViewEscapingTest.class.getClassLoader(), "uk.childrenscomplaints.submission.pages");

    /** The sample council, as CouncilPageModel adds it to every page. */
    static final CouncilProfile COUNCIL = new CouncilProfile(
            "01632 960 001",
            "Monday to Friday, 9am to 5pm",
            "complaints@council.example",
            "Town Hall, Example Street",
            "Town Hall, 9am to 4pm",
            "",
            "#1d70b8",
            "National Youth Advocacy Service (NYAS)",
            "0808 808 1001",
            "https://www.nyas.net",
            "england-and-wales",
            "children-act-1989-england",
            "2026-11-30");

    private static String render(String view, Map<String, Object> model) {
        return render(view, model, COUNCIL, "Test County Council");
    }

    private static String render(String view, Map<String, Object> model, CouncilProfile council, String name) {
        Map<String, Object> page = new java.util.HashMap<>(model);
        page.put(CouncilPageModel.COUNCIL, council);
        page.put(CouncilPageModel.NAME, name);
        return PAGES.render(view, page);
    }

    @Test
    void theCouncilsOwnDetailsAreEscapedToo() {
        CouncilProfile council = new CouncilProfile(
                ATTACK,
                ATTACK,
                "complaints@council.example",
                ATTACK,
                ATTACK,
                "",
                "#1d70b8",
                ATTACK,
                ATTACK,
                ATTACK,
                "england-and-wales",
                "children-act-1989-england",
                "2026-11-30");

        for (String view : new String[] {FormPage.VIEW, CouncilPagesController.PRIVACY_VIEW}) {
            Map<String, Object> model =
                    view.equals(FormPage.VIEW) ? FormPage.blank(Teams.of("A=" + ATTACK), "t") : Map.of();
            String html = render(view, model, council, ATTACK);
            assertThat(html)
                    .as(view)
                    .doesNotContain("<script>alert(1)</script>")
                    .contains("&lt;script&gt;");
        }
    }

    @Test
    void typedAnswersAreEscapedInInputsAndTextareas() {
        String encoded = java.net.URLEncoder.encode(ATTACK, StandardCharsets.UTF_8);
        FormAnswers answers = FormAnswers.parse(
                "complainantName=" + encoded + "&whatHappened=" + encoded + "&matterOccurredOn-day=" + encoded);

        String html = render(
                FormPage.VIEW,
                FormPage.withAnswers(
                        Teams.of(
                                "SCC",
                                "ECF",
                                "Huntingdon",
                                "Safeguarding and Standards Unit",
                                "EDT",
                                "Kinship",
                                "LAC",
                                "16+"),
                        answers,
                        List.of(),
                        "token-1"));

        assertThat(html).doesNotContain("<script>alert(1)");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("value=\"token-1\"");
    }

    @Test
    void errorsLinkToTheFieldIdsAndTheAnswersAreKept() {
        FormAnswers answers = FormAnswers.parse("complainantName=Alex&issues=communication&issues=decision"
                + "&relationship=grandparent&viaAdvocate=no&procedure=schools");
        List<FieldError> errors = List.of(
                new FieldError("consent", "Confirm"),
                new FieldError("contact", "Enter a way to contact you"),
                new FieldError("matterOccurredOn", "Real date"));

        String html = render(
                FormPage.VIEW,
                FormPage.withAnswers(
                        Teams.of(
                                "SCC",
                                "ECF",
                                "Huntingdon",
                                "Safeguarding and Standards Unit",
                                "EDT",
                                "Kinship",
                                "LAC",
                                "16+"),
                        answers,
                        errors,
                        "t"));

        Document page = Jsoup.parse(html);
        assertThat(page.title()).startsWith("Error: Make a complaint");
        assertThat(page.select("a[href^=#]").eachAttr("href"))
                .containsSubsequence("#email", "#matterOccurredOn-day", "#consent");
        assertThat(page.select("#complainantName[value=Alex]")).hasSize(1);
        assertThat(page.select("#issues[value=communication][checked]")).hasSize(1);
        assertThat(page.select("#issues-5[value=decision][checked]")).hasSize(1);
        assertThat(page.select("#relationship-2[value=grandparent][checked]")).hasSize(1);
        assertThat(page.select("#viaAdvocate-2[name=viaAdvocate][type=radio][value=no][checked]"))
                .hasSize(1);
        assertThat(page.select("#procedure-2[value=schools][checked]")).hasSize(1);
        assertThat(page.getElementById("consent-error")).isNotNull();
        // The contact group's error is read with the group, whatever the email field's own state.
        assertThat(page.select("fieldset:has(#email)").attr("aria-describedby"))
                .isEqualTo("contact-hint contact-error");
        assertThat(page.getElementById("contact-error")).isNotNull();
    }

    @Test
    void theErrorSummaryListsEveryQuestionsErrorInTheOrderThePageAsksThem() {
        // Given in the reverse order, so the page's own ordering is what is tested.
        List<FieldError> everyField = new java.util.ArrayList<>();
        FormPage.FIELD_ORDER.forEach(f -> everyField.add(0, new FieldError(f, "Problem with " + f)));
        Document page = Jsoup.parse(
                render(FormPage.VIEW, FormPage.withAnswers(Teams.of("SCC"), FormAnswers.parse(""), everyField, "t")));

        List<String> summary = page.select(".govuk-error-summary__list a").eachAttr("href");
        assertThat(summary).hasSize(FormPage.FIELD_ORDER.size());
        List<Integer> positions = summary.stream()
                .map(href -> {
                    var target = page.getElementById(href.substring(1));
                    assertThat(target).as("the element %s links to", href).isNotNull();
                    return page.getAllElements().indexOf(target);
                })
                .toList();
        assertThat(positions)
                .as("where each link's question stands on the page")
                .isSorted();
    }

    @Test
    void withAnEmailErrorAndAContactErrorBothAreReadWhereTheyBelong() {
        FormAnswers answers = FormAnswers.parse("email=not-an-address");
        Document page = Jsoup.parse(render(
                FormPage.VIEW,
                FormPage.withAnswers(
                        Teams.of("SCC"),
                        answers,
                        List.of(new FieldError("email", "Enter a real email"), new FieldError("contact", "Give one")),
                        "t")));

        assertThat(page.select("fieldset:has(#email)").attr("aria-describedby"))
                .isEqualTo("contact-hint contact-error");
        assertThat(page.getElementById("email").attr("aria-describedby")).isEqualTo("email-error");
        assertThat(page.getElementById("contact-error").text()).contains("Give one");
        assertThat(page.getElementById("email-error").text()).contains("Enter a real email");
    }

    @Test
    void theBlankFormChoosesChildrensSocialCareAndHasNoErrorSummary() {
        String html = render(
                FormPage.VIEW,
                FormPage.blank(
                        Teams.of(
                                "SCC",
                                "ECF",
                                "Huntingdon",
                                "Safeguarding and Standards Unit",
                                "EDT",
                                "Kinship",
                                "LAC",
                                "16+"),
                        "t"));

        assertThat(html).doesNotContain("govuk-error-summary\"").doesNotContain("Error:");
        assertThat(Jsoup.parse(html).select("fieldset:has(#email)").attr("aria-describedby"))
                .isEqualTo("contact-hint");
        assertThat(Jsoup.parse(html).select("#procedure[value=statutory_childrens][checked]"))
                .hasSize(1);
        assertThat(html).contains("value=\"dont_know\"").contains("0808 808 1001");
    }

    @Test
    void theProblemPageEscapesItsMessage() {
        String html = render(Pages.PROBLEM_VIEW, Map.of("title", "Title", "message", ATTACK));

        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)");
    }

    @Test
    void theStatusPageKeepsWhatWasTypedAsText() {
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("reference", "CSC-2026-0001");
        model.put("stage", "We have replied to your complaint");
        model.put("rows", List.of());
        model.put("offerStage2", true);
        model.put("late", false);
        model.put("requestBy", "Friday 26 February 2027");
        model.put("token", "tok\"en");
        model.put("formKey", "key");
        model.put("reasons", ATTACK);
        model.put("maxReasons", 10_000);
        model.put("errors", List.of(new FieldError("reasons", "Tell us why")));
        model.put("err", Map.of("reasons", "Tell us why"));

        String html = render(StatusPage.VIEW, model);

        assertThat(html)
                .doesNotContain("<script>alert")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("tok\"en")
                .contains("href=\"#reasons\"")
                .contains("Friday 26 February 2027");
        assertThat(Jsoup.parse(html).select("input[name=t]").attr("value")).isEqualTo("tok\"en");
    }

    @Test
    void everyPagesInlineScriptIsTheOneTheContentSecurityPolicyAllowsByHash() throws Exception {
        String hash = Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256")
                        .digest(SecurityHeaders.JS_ENABLED_SNIPPET.getBytes(StandardCharsets.UTF_8)));
        assertThat(SecurityHeaders.JS_ENABLED_HASH).isEqualTo("'sha256-" + hash + "'");
        String script = "<script>" + SecurityHeaders.JS_ENABLED_SNIPPET + "</script>";
        assertThat(render(Pages.PROBLEM_VIEW, Map.of("title", "Title", "message", "Message")))
                .contains(script);
        assertThat(render(FormPage.VIEW, FormPage.blank(Teams.of("SCC"), "t"))).contains(script);
        // The script is the layout's, and every other template is either a page written inside the layout or a piece
        // another template calls (a field's error, the children's form's shared parts).
        Path pages = Path.of("src/main/jte");
        assertThat(Files.readString(pages.resolve("layout/page.jte"))).contains(script);
        Map<Path, String> sources = new java.util.TreeMap<>();
        try (Stream<Path> all = Files.walk(pages)) {
            for (Path file : all.filter(p -> p.toString().endsWith(".jte")).toList()) {
                sources.put(pages.relativize(file), Files.readString(file));
            }
        }
        assertThat(sources).hasSizeGreaterThan(20);
        String everything = String.join("\n", sources.values());
        sources.forEach((file, source) -> {
            String name = file.toString().replace(".jte", "").replace('/', '.');
            if (!name.equals("layout.page")) {
                assertThat(source.contains("@template.layout.page(") || everything.contains("@template." + name + "("))
                        .as("%s is a page inside the layout or a piece another template calls", file)
                        .isTrue();
            }
        });
    }
}
