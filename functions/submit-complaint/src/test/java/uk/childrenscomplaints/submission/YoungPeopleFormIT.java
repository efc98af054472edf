package uk.childrenscomplaints.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.submission.SubmissionApp.body;
import static uk.childrenscomplaints.submission.SubmissionApp.header;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;

/**
 * The form for children and young people through the real Lambda handler, against dynalite and the SES emulator: each
 * page is posted as a browser would post it, from the hidden fields the page before gave.
 */
class YoungPeopleFormIT {
    /** Monday 30 November 2026, 10:00 in London (GMT). */
    private static final String MON_2026_11_30 = "2026-11-30T10:00:00Z";

    private static final String PATH = "/complaints/young-people";
    private static final String WHAT_HAPPENED =
            "My social worker changed three times this year and nobody told me why. <b>Not fair</b>";

    @RegisterExtension
    static final FunctionAppExtension function = SubmissionApp.extension();

    private final LocalAws aws;
    private final String table;

    YoungPeopleFormIT(LocalAws aws) {
        this.aws = aws;
        this.table = function.table();
    }

    private List<Map<String, AttributeValue>> complaints() {
        return aws.dynamoDb().scan(r -> r.tableName(table)).items().stream()
                .filter(i -> i.get("pk").s().startsWith("COMPLAINT#"))
                .toList();
    }

    private int itemCount() {
        return aws.dynamoDb().scan(r -> r.tableName(table)).count();
    }

    private static APIGatewayV2HTTPEvent startPage() {
        APIGatewayV2HTTPEvent e = SubmissionApp.formGet();
        e.setRawPath(PATH);
        e.getRequestContext().getHttp().setPath(PATH);
        e.setRouteKey("GET " + PATH);
        e.getRequestContext().setRouteKey("GET " + PATH);
        return e;
    }

    /** What the page's form would send: its fields as they stand, with these typed in, and the button pressed. */
    private static APIGatewayV2HTTPEvent post(Document page, Map<String, String> typed, String go) {
        Map<String, String> fields = new LinkedHashMap<>();
        Element form = page.selectFirst("form[action=" + PATH + "]");
        assertThat(form).as("a form posting to %s", PATH).isNotNull();
        assertThat(form.attr("method")).isEqualTo("post");
        for (Element input : form.select("input[type=hidden]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        fields.putAll(typed);
        fields.put("go", go);
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return SubmissionApp.formPost(PATH, body);
    }

    private static Document page(APIGatewayV2HTTPResponse r) {
        return Jsoup.parse(body(r));
    }

    /** Start, then each question answered in turn; the check page's document. */
    private static Document answerEveryPage(FunctionApp app, String email) {
        Document start = page(app.handle(startPage()));
        Document whatHappened = page(app.handle(post(start, Map.of(), "next")));
        assertThat(whatHappened.select("h1").text()).isEqualTo("What happened?");
        Document team = page(app.handle(post(whatHappened, Map.of("whatHappened", WHAT_HAPPENED), "next")));
        assertThat(team.select("h1").text()).isEqualTo("Do you know which team it is about?");
        // The council's public names, as on the form for adults: never its internal codes.
        assertThat(team.select("input[name=team]").eachAttr("value"))
                .contains("Children in care", "Out-of-hours emergency duty team")
                .doesNotContain("LAC", "EDT");
        assertThat(team.select("label[for=team-7]").text()).isEqualTo("Children in care");
        Document wanted = page(app.handle(post(team, Map.of("team", "Children in care"), "next")));
        assertThat(wanted.select("h1").text()).isEqualTo("What would you like to happen?");
        Document name = page(
                app.handle(post(wanted, Map.of("desiredOutcome", "Tell me before my social worker changes."), "next")));
        assertThat(name.select("h1").text()).isEqualTo("What is your name?");
        Document contact = page(app.handle(post(name, Map.of("complainantName", "Jay Example"), "next")));
        assertThat(contact.select("h1").text()).isEqualTo("How can we get in touch with you?");
        Document check = page(app.handle(post(contact, email == null ? Map.of() : Map.of("email", email), "next")));
        assertThat(check.select("h1").text()).isEqualTo("Check your answers");
        return check;
    }

    @Test
    void aYoungPersonsComplaintOnMon_2026_11_30IsStoredAsFromTheChildAndAcknowledgedByEmail() {
        try (FunctionApp app = function.start(MON_2026_11_30)) {
            Document check = answerEveryPage(app, "jay@example.org");
            assertThat(check.getElementById("answer-whatHappened").text()).isEqualTo(WHAT_HAPPENED);
            assertThat(check.getElementById("answer-team").text()).isEqualTo("Children in care");
            assertThat(check.getElementById("answer-contact").text()).contains("jay@example.org");
            assertThat(itemCount()).as("nothing is stored before the last page").isZero();
            assertThat(aws.mailbox().emails()).isEmpty();

            APIGatewayV2HTTPResponse sent = app.handle(post(check, Map.of("consent", "yes"), "send"));

            assertThat(sent.getStatusCode()).isEqualTo(200);
            Document received = page(sent);
            assertThat(received.getElementById("reference").text()).isEqualTo("CSC-2026-0001");
            // Ten working days from Monday 30 November 2026 (day 0): Monday 14 December 2026.
            assertThat(received.getElementById("respondBy").text()).isEqualTo("Monday 14 December 2026");
            assertThat(received.text()).contains("0808 808 1001").contains("We have sent you an email");

            Map<String, AttributeValue> item = complaints().get(0);
            assertThat(complaints()).hasSize(1);
            assertThat(item.get("relationship").s()).isEqualTo("child");
            assertThat(item.get("team").s())
                    .as("the team the public name names")
                    .isEqualTo("LAC");
            assertThat(item.get("route").s()).isEqualTo("online");
            assertThat(item.get("description").s()).isEqualTo(WHAT_HAPPENED);
            assertThat(item.get("stage1").m().get("dueOn").s()).isEqualTo("2026-12-14");
            assertThat(aws.mailbox().emailsTo("jay@example.org"))
                    .singleElement()
                    .satisfies(e -> assertThat(e.subject()).contains("CSC-2026-0001"));
        }
    }

    @Test
    void aYoungPersonWithNoEmailOrPhoneIsStoredAndNoAcknowledgementIsSent() {
        try (FunctionApp app = function.start(MON_2026_11_30)) {
            Document check = answerEveryPage(app, null);
            assertThat(check.getElementById("answer-contact").text()).isEqualTo("You did not say");

            Document received = page(app.handle(post(check, Map.of("consent", "yes"), "send")));

            assertThat(received.getElementById("reference").text()).isEqualTo("CSC-2026-0001");
            assertThat(received.text()).doesNotContain("We have sent you an email");
            assertThat(complaints()).singleElement().satisfies(i -> {
                assertThat(i.get("relationship").s()).isEqualTo("child");
                assertThat(i.get("complainant").m().get("name").s()).isEqualTo("Jay Example");
                assertThat(i.get("complainant").m()).doesNotContainKey("email");
            });
            // Only the complaints team hears of it: there is no address to acknowledge to.
            assertThat(aws.mailbox().emails())
                    .isNotEmpty()
                    .allSatisfy(e -> assertThat(e.to()).containsExactly(SubmissionApp.TEAM_MAILBOX));
        }
    }

    @Test
    void sendingTheCheckPageTwiceStoresOneComplaintAndSendsOneEmail() {
        try (FunctionApp app = function.start(MON_2026_11_30)) {
            Document check = answerEveryPage(app, "jay@example.org");
            String first = page(app.handle(post(check, Map.of("consent", "yes"), "send")))
                    .getElementById("reference")
                    .text();
            String second = page(app.handle(post(check, Map.of("consent", "yes"), "send")))
                    .getElementById("reference")
                    .text();

            assertThat(second).isEqualTo(first);
            assertThat(complaints()).hasSize(1);
            assertThat(aws.mailbox().emailsTo("jay@example.org")).hasSize(1);
        }
    }

    @Test
    void eachPageRefusesItsBadAnswerInPlainWordsAndStoresNothing() {
        try (FunctionApp app = function.start(MON_2026_11_30)) {
            Document start = page(app.handle(startPage()));
            Document whatHappened = page(app.handle(post(start, Map.of(), "next")));

            APIGatewayV2HTTPResponse blank = app.handle(post(whatHappened, Map.of("whatHappened", "  "), "next"));
            assertRefused(blank, "What happened?", "#whatHappened", "Tell us what happened.");

            Document team = page(app.handle(post(whatHappened, Map.of("whatHappened", WHAT_HAPPENED), "next")));
            APIGatewayV2HTTPResponse noSuchTeam = app.handle(post(team, Map.of("team", "Nowhere"), "next"));
            assertRefused(noSuchTeam, "Do you know which team it is about?", "#team", "Pick a team from the list");

            Document wanted = page(app.handle(post(team, Map.of(), "next")));
            APIGatewayV2HTTPResponse tooLong =
                    app.handle(post(wanted, Map.of("desiredOutcome", "x".repeat(10_001)), "next"));
            assertRefused(tooLong, "What would you like to happen?", "#desiredOutcome", "This is too long.");

            Document name = page(app.handle(post(wanted, Map.of(), "next")));
            APIGatewayV2HTTPResponse noName = app.handle(post(name, Map.of(), "next"));
            assertRefused(noName, "What is your name?", "#complainantName", "Tell us your name.");

            Document contact = page(app.handle(post(name, Map.of("complainantName", "Jay"), "next")));
            APIGatewayV2HTTPResponse badEmail =
                    app.handle(post(contact, Map.of("email", "jay at home", "phone", "call me"), "next"));
            assertRefused(badEmail, "How can we get in touch with you?", "#email", "Check your email.");
            assertThat(page(badEmail).select(".govuk-error-summary a").eachAttr("href"))
                    .containsExactly("#email", "#phone");
            assertThat(page(badEmail).getElementById("email").attr("value")).isEqualTo("jay at home");

            Document check = page(app.handle(post(contact, Map.of(), "next")));
            APIGatewayV2HTTPResponse noConsent = app.handle(post(check, Map.of(), "send"));
            assertRefused(noConsent, "Check your answers", "#consent", "Tick the box");

            assertThat(itemCount()).isZero();
            assertThat(aws.mailbox().emails()).isEmpty();
        }
    }

    private static void assertRefused(APIGatewayV2HTTPResponse r, String heading, String href, String message) {
        assertThat(r.getStatusCode()).isEqualTo(400);
        Document d = page(r);
        assertThat(d.title()).startsWith("Error: ");
        assertThat(d.select("h1").text()).isEqualTo(heading);
        Element link = d.selectFirst(".govuk-error-summary a");
        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo(href);
        assertThat(link.text()).startsWith(message);
        assertThat(d.getElementById(href.substring(1)))
                .as("the field the summary links to")
                .isNotNull();
    }

    @Test
    void answersAreKeptPageToPageInEscapedHiddenFieldsAndNeverInTheAddress() {
        try (FunctionApp app = function.start(MON_2026_11_30)) {
            Document start = page(app.handle(startPage()));
            Document whatHappened = page(app.handle(post(start, Map.of(), "next")));
            Document team = page(app.handle(post(whatHappened, Map.of("whatHappened", WHAT_HAPPENED), "next")));

            String html = team.outerHtml();
            assertThat(team.select("input[type=hidden][name=whatHappened]").attr("value"))
                    .isEqualTo(WHAT_HAPPENED);
            assertThat(body(app.handle(post(whatHappened, Map.of("whatHappened", WHAT_HAPPENED), "next"))))
                    .doesNotContain("<b>Not fair</b>")
                    // In an attribute the compiled page escapes what could end the value or start a tag (decision 044).
                    .contains(" &lt;b>Not fair&lt;/b>\"");
            assertThat(team.select("form").attr("action")).isEqualTo(PATH).doesNotContain("?");
            assertThat(html).doesNotContain("?whatHappened");

            // Back from the team page shows what was typed; the token stays the start page's.
            Document again = page(app.handle(post(team, Map.of(), "back")));
            assertThat(again.getElementById("whatHappened").text()).isEqualTo(WHAT_HAPPENED);
            assertThat(again.select("input[name=formToken]").attr("value"))
                    .isEqualTo(start.select("input[name=formToken]").attr("value"));

            // A change from the check page comes back to the check page with the new answer.
            Document wanted = page(app.handle(post(team, Map.of(), "next")));
            Document name = page(app.handle(post(wanted, Map.of(), "next")));
            Document contact = page(app.handle(post(name, Map.of("complainantName", "Jay"), "next")));
            Document check = page(app.handle(post(contact, Map.of(), "next")));
            Document changeName = page(app.handle(post(check, Map.of(), "change-name")));
            assertThat(changeName.getElementById("complainantName").attr("value"))
                    .isEqualTo("Jay");
            Document checkAgain = page(app.handle(post(changeName, Map.of("complainantName", "Jay Example"), "next")));
            assertThat(checkAgain.select("h1").text()).isEqualTo("Check your answers");
            assertThat(checkAgain.getElementById("answer-complainantName").text())
                    .isEqualTo("Jay Example");
            assertThat(checkAgain.getElementById("answer-whatHappened").text()).isEqualTo(WHAT_HAPPENED);
            assertThat(itemCount()).isZero();
        }
    }

    @Test
    void theStartPageNamesTheAdvocacyServiceAndTheAdultFormLinksToIt() {
        try (FunctionApp app = function.start(MON_2026_11_30)) {
            APIGatewayV2HTTPResponse r = app.handle(startPage());
            assertThat(r.getStatusCode()).isEqualTo(200);
            assertThat(header(r, "Cache-Control")).isEqualTo("no-store");
            Document start = page(r);
            assertThat(start.text())
                    .contains("National Youth Advocacy Service (NYAS)")
                    .contains("0808 808 1001")
                    .contains("10 working days")
                    .contains("20 working days");
            assertThat(start.select("a[href='https://www.nyas.net']")).isNotEmpty();

            Document adult = page(app.handle(SubmissionApp.formGet()));
            assertThat(adult.select("a[href=" + PATH + "]").text())
                    .isEqualTo("Use our form for children and young people");
        }
    }

    @Test
    void everyPageWorksWithDynamoDbDownAndSendingThenIs503WithTheAnswersKept() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        try (FunctionApp app = function.start(
                MON_2026_11_30, Map.of("aws.services.dynamodb.endpoint-override", "http://localhost:" + closed))) {
            // No page before "Send" calls AWS, so the walk works with the table out of reach.
            Document check = answerEveryPage(app, "jay@example.org");

            APIGatewayV2HTTPResponse r = app.handle(post(check, Map.of("consent", "yes"), "send"));

            assertThat(r.getStatusCode()).isEqualTo(503);
            assertThat(header(r, "Retry-After")).isEqualTo("120");
            Document again = page(r);
            assertThat(again.select("h1").text()).isEqualTo("Check your answers");
            assertThat(again.select(".govuk-error-summary a").text()).startsWith("Sorry, our system is busy.");
            assertThat(again.getElementById("answer-whatHappened").text()).isEqualTo(WHAT_HAPPENED);
            assertThat(again.select("input[name=formToken]").attr("value"))
                    .isEqualTo(check.select("input[name=formToken]").attr("value"));
            assertThat(body(r)).doesNotContain("Exception").doesNotContain("software.amazon");
        }
        assertThat(itemCount()).isZero();
    }

    @Test
    void theEventFixtureIsASentCheckPageStoredAsFromAChild() {
        try (FunctionApp app = function.start(MON_2026_11_30)) {
            APIGatewayV2HTTPResponse r = app.handle(SubmissionApp.event("submit-complaint-young-people-post.json"));
            assertThat(r.getStatusCode()).isEqualTo(200);
            assertThat(complaints())
                    .singleElement()
                    .satisfies(i -> assertThat(i.get("relationship").s()).isEqualTo("child"));
        }
    }
}
