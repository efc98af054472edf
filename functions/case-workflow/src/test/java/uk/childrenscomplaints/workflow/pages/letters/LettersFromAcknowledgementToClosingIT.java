package uk.childrenscomplaints.workflow.pages.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.WorkflowApp.OFFICER;
import static uk.childrenscomplaints.workflow.WorkflowApp.body;
import static uk.childrenscomplaints.workflow.WorkflowApp.header;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.SentEmail;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.PageRequests;
import uk.childrenscomplaints.workflow.SignInStandIn;
import uk.childrenscomplaints.workflow.WorkflowApp;

/**
 * Issue 16's "letters work for a complainant with no email, from acknowledgement to closing letter" (decisions 034 and
 * 040), through the real handler against dynalite and the SES emulator, each step on its own day: a complaint logged
 * by phone with no email address, its Stage 1 response, a Stage 2 request and response, and its closing. Each step
 * owes a letter on the complaints team's list, in order; each PDF reads back with the reference and its dates; marking
 * each posted records it on the timeline; and the Stage 2 window runs from the day its letter was posted, so a request
 * that would have been late counted from the response is accepted. No email ever goes to the complainant.
 */
class LettersFromAcknowledgementToClosingIT {
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"(CSC-\\d{4}-\\d{4})\"");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.pages("2026-10-19T10:00:00Z");

    private final SignInStandIn pool;
    private final LocalAws aws;

    LettersFromAcknowledgementToClosingIT(SignInStandIn pool, LocalAws aws) {
        this.pool = pool;
        this.aws = aws;
    }

    /** The function as if it were 10:00 (GMT) on {@code day}, with the complaints team's session of that moment. */
    private final class Day {
        final FunctionApp app;
        final String session;

        Day(String day) {
            String instant = day + "T10:00:00Z";
            app = function.start(instant);
            session = PageRequests.session(pool, "officer", "complaints-team", null, Instant.parse(instant));
        }

        APIGatewayV2HTTPResponse act(String id, String action, String fields) {
            String view = body(app.handle(WorkflowApp.view(OFFICER, id)));
            Matcher v = VERSION.matcher(view);
            assertThat(v.find()).as(view).isTrue();
            APIGatewayV2HTTPResponse r = app.handle(WorkflowApp.action(
                    OFFICER,
                    id,
                    action,
                    "{\"expectedVersion\":" + v.group(1) + (fields.isEmpty() ? "" : ",") + fields + "}"));
            assertThat(r.getStatusCode()).as(action + ": " + body(r)).isEqualTo(200);
            return r;
        }

        Document complaintPage(String id) {
            return PageRequests.html(
                    body(app.handle(PageRequests.get(session, "/staff/pages/complaints/" + id, null))));
        }

        /** The key of the letter task on the complaint's page whose key starts {@code prefix}. */
        String task(String id, String prefix) {
            return complaintPage(id).select("#letters-to-post tr[data-key]").stream()
                    .map(r -> r.attr("data-key"))
                    .filter(k -> k.startsWith(prefix))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no letter task " + prefix));
        }

        String pdf(String id, String letter) throws IOException {
            APIGatewayV2HTTPResponse r =
                    app.handle(PageRequests.get(session, "/staff/pages/complaints/" + id + "/letters/" + letter, null));
            assertThat(r.getStatusCode()).as(body(r)).isEqualTo(200);
            assertThat(header(r, "Content-Type")).startsWith("application/pdf");
            byte[] bytes = r.getIsBase64Encoded()
                    ? Base64.getDecoder().decode(r.getBody())
                    : r.getBody().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            }
        }

        void post(String id, String key) {
            String csrf = PageRequests.csrf(
                    body(app.handle(PageRequests.get(session, "/staff/pages/complaints/" + id, null))));
            APIGatewayV2HTTPEvent form = PageRequests.postForm(
                    session,
                    "/staff/pages/complaints/" + id + "/letters/posted",
                    "csrf=" + csrf + "&key=" + PageRequests.encode(key));
            APIGatewayV2HTTPResponse r = app.handle(form);
            assertThat(r.getStatusCode()).as(body(r)).isEqualTo(303);
        }
    }

    @Test
    void aPhoneComplaintFromMon_2026_10_19IsOwedFiveLettersInOrderEachPostedOnItsDayAndStage2RunsFromThePosting()
            throws IOException {
        aws.mailbox().clear();
        // Monday 19 October 2026: logged by phone, no email address.
        Day logged = new Day("2026-10-19");
        APIGatewayV2HTTPEvent log = WorkflowApp.logComplaint(OFFICER, "Huntingdon", "letters-walk");
        log.setBody(log.getBody().replace("\"receivedOn\": \"2027-01-04\"", "\"receivedOn\": \"2026-10-19\""));
        APIGatewayV2HTTPResponse created = logged.app.handle(log);
        assertThat(created.getStatusCode()).as(body(created)).isEqualTo(201);
        Matcher idMatch = ID.matcher(body(created));
        Matcher refMatch = REFERENCE.matcher(body(created));
        assertThat(idMatch.find() && refMatch.find()).isTrue();
        String id = idMatch.group(1);
        String reference = refMatch.group(1);
        assertThat(logged.pdf(id, "acknowledgement"))
                .contains("Our reference: " + reference)
                .contains("We received it on Monday 19 October 2026")
                .contains("We will reply by Monday 2 November 2026");

        // Tuesday 20 October: the acknowledgement goes in the post.
        Day tuesday = new Day("2026-10-20");
        tuesday.post(id, "acknowledgement");

        // Monday 2 November: the Stage 1 response. Counted from it, Stage 2 could be asked for until 30 November.
        Day responded = new Day("2026-11-02");
        responded.act(id, "stage1-response", "\"sentOn\":\"2026-11-02\",\"summary\":\"Apology and a named worker\"");
        String outcomeKey = responded.task(id, "stage1-outcome-letter@");
        assertThat(responded.complaintPage(id).select("#stages").text())
                .contains("Stage 2 may be asked for until 30 November 2026");

        // Thursday 5 November: the covering letter is printed and posted; the window now ends 3 December.
        Day thursday = new Day("2026-11-05");
        assertThat(thursday.pdf(id, "stage1-outcome"))
                .contains("Our reference: " + reference)
                .contains("Date: Thursday 5 November 2026")
                .contains("dated Monday 2 November 2026")
                .contains("Please ask by Thursday 3 December 2026");
        thursday.post(id, outcomeKey);
        assertThat(thursday.complaintPage(id).select("#stages").text())
                .contains("Stage 2 may be asked for until 3 December 2026 (counted from the letter posted on "
                        + "5 November 2026)");

        // Wednesday 2 December: after 30 November, but inside the window from the posting.
        Day stage2 = new Day("2026-12-02");
        stage2.act(id, "request-stage2", "\"requestedOn\":\"2026-12-02\",\"reasons\":\"Still nobody calls back\"");
        String stage2Key = stage2.task(id, "stage2-letter@");
        assertThat(stage2.pdf(id, "stage2"))
                .contains("Our reference: " + reference)
                .contains("You asked for your complaint to go to Stage 2 on Wednesday 2 December 2026")
                .contains("by Monday 11 January 2027");
        stage2.post(id, stage2Key);

        // Monday 11 January 2027: the Stage 2 response.
        Day stage2Response = new Day("2027-01-11");
        stage2Response.act(id, "stage2-response", "\"respondedOn\":\"2027-01-11\"");
        String stage2OutcomeKey = stage2Response.task(id, "stage2-outcome-letter@");

        // Wednesday 13 January: its letter, then the outcome and the closing, and the closing letter.
        Day closing = new Day("2027-01-13");
        assertThat(closing.pdf(id, "stage2"))
                .contains("Our reference: " + reference)
                .contains("We sent you our Stage 2 response on Monday 11 January 2027")
                .contains("Please ask by Wednesday 10 February 2027");
        closing.post(id, stage2OutcomeKey);
        closing.act(id, "outcomes", "\"outcomes\":{\"communication\":\"upheld\"}");
        closing.act(id, "close", "");
        String closingKey = closing.task(id, "closing-letter@");
        assertThat(closing.pdf(id, "closing"))
                .contains("Our reference: " + reference)
                .contains("Date: Wednesday 13 January 2027")
                .contains("is now closed");
        closing.post(id, closingKey);

        Document page = closing.complaintPage(id);
        List<Element> rows = page.select("#letters-to-post tr[data-key]");
        assertThat(rows)
                .extracting(r -> r.attr("data-key"))
                .as("every letter, in the order it was owed")
                .containsExactly("acknowledgement", outcomeKey, stage2Key, stage2OutcomeKey, closingKey);
        assertThat(rows)
                .extracting(r -> r.select("td").get(0).text())
                .containsExactly(
                        "Acknowledgement letter (PDF)",
                        "Stage 1 outcome covering letter (PDF)",
                        "Stage 2 letter (PDF)",
                        "Stage 2 letter (PDF)",
                        "Closing letter (PDF)");
        assertThat(page.select("#letters-to-post form")).as("all posted").isEmpty();
        assertThat(page.select("#timeline").text())
                .contains("The acknowledgement letter was posted on Tuesday 20 October 2026 by officer")
                .contains("The Stage 1 outcome covering letter was posted on Thursday 5 November 2026 by officer")
                .contains("The Stage 2 letter was posted on Wednesday 2 December 2026 by officer")
                .contains("The Stage 2 letter was posted on Wednesday 13 January 2027 by officer")
                .contains("The closing letter was posted on Wednesday 13 January 2027 by officer");
        assertThat(PageRequests.html(body(
                                closing.app.handle(PageRequests.get(closing.session, "/staff/pages/dashboard", null))))
                        .select("#letters-to-post tr[data-reference=" + reference + "]"))
                .as("nothing left to post")
                .isEmpty();
        assertThat(aws.mailbox().emails())
                .flatExtracting(SentEmail::recipients)
                .as("no email to the complainant, only the team's")
                .doesNotContain("", (String) null)
                .allMatch(to -> to.endsWith("@council.example"));
    }
}
