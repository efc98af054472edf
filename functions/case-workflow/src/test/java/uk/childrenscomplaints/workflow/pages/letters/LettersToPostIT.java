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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
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
 * A complaint taken by phone, with no email address, through the real handler against dynalite and the SES emulator
 * (decision 034): its acknowledgement becomes a letter to post on the complaints team's dashboard, not an email; the
 * PDF downloads; marking it posted records the day on the timeline and takes it off the list.
 */
class LettersToPostIT {
    /** Monday 4 January 2027, 10:00 in London (GMT). */
    private static final String MON_2027_01_04 = "2027-01-04T10:00:00Z";

    private static final Instant NOW = Instant.parse(MON_2027_01_04);
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"(CSC-\\d{4}-\\d{4})\"");

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.pages(MON_2027_01_04);

    private final SignInStandIn pool;
    private final FunctionApp app;
    private final LocalAws aws;

    LettersToPostIT(SignInStandIn pool, FunctionApp app, LocalAws aws) {
        this.pool = pool;
        this.app = app;
        this.aws = aws;
    }

    private String officer() {
        return PageRequests.session(pool, "officer", "complaints-team", null, NOW);
    }

    private String huntingdonManager() {
        return PageRequests.session(pool, "huntingdon-manager", "responding-manager", "Huntingdon", NOW);
    }

    private String director() {
        return PageRequests.session(pool, "director", "director", null, NOW);
    }

    private record Logged(String id, String reference) {}

    private Logged loggedByPhone(String key) {
        APIGatewayV2HTTPResponse r = app.handle(WorkflowApp.logComplaint(OFFICER, "Huntingdon", key));
        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(201);
        Matcher id = ID.matcher(body(r));
        Matcher ref = REFERENCE.matcher(body(r));
        assertThat(id.find() && ref.find()).isTrue();
        return new Logged(id.group(1), ref.group(1));
    }

    private static String pdfText(APIGatewayV2HTTPResponse r) throws IOException {
        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(200);
        assertThat(header(r, "Content-Type")).startsWith("application/pdf");
        byte[] bytes = r.getIsBase64Encoded()
                ? Base64.getDecoder().decode(r.getBody())
                : r.getBody().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aPhoneComplaintLoggedMon_2027_01_04OwesAnAcknowledgementLetterNotAnEmailAndMarkingItPostedRecordsTheDay()
            throws IOException {
        aws.mailbox().clear();
        Logged c = loggedByPhone("letters-1");

        // The dashboard lists it for the complaints team.
        APIGatewayV2HTTPResponse dashboard = app.handle(PageRequests.get(officer(), "/staff/pages/dashboard", null));
        assertThat(dashboard.getStatusCode()).isEqualTo(200);
        Document page = PageRequests.html(body(dashboard));
        assertThat(page.select("#letters-to-post tr[data-reference=" + c.reference() + "]")
                        .text())
                .contains("Acknowledgement letter")
                .contains("Monday 4 January 2027");
        assertThat(page.select("#letters-to-post-pdf").attr("href")).isEqualTo("/staff/pages/letters/to-post.pdf");

        // Nothing went to the complainant by email: only the team's notice of a new complaint.
        assertThat(aws.mailbox().emails())
                .flatExtracting(SentEmail::recipients)
                .containsOnly("complaints-team@council.example");

        // The letter downloads from the complaint's page, and in the day's batch.
        String complaintPage = body(app.handle(PageRequests.get(officer(), "/staff/pages/complaints/" + c.id(), null)));
        assertThat(PageRequests.html(complaintPage)
                        .select("#letters-to-post tr[data-key=acknowledgement] a")
                        .attr("href"))
                .isEqualTo("/staff/pages/complaints/" + c.id() + "/letters/acknowledgement");
        String letter = pdfText(app.handle(
                PageRequests.get(officer(), "/staff/pages/complaints/" + c.id() + "/letters/acknowledgement", null)));
        assertThat(letter)
                .contains("Our reference: " + c.reference())
                .contains("Test County Council")
                .contains("Dear Robin Caller,")
                .contains("We received it on Monday 4 January 2027")
                .contains("We will reply by Monday 18 January 2027");
        assertThat(pdfText(app.handle(PageRequests.get(officer(), "/staff/pages/letters/to-post.pdf", null))))
                .contains("Our reference: " + c.reference());
        // Each print is a read of the complaint, in the access log like the complaint page (decision 029).
        assertThat(aws.dynamoDb()
                        .query(q -> q.tableName(app.table())
                                .keyConditionExpression("pk = :pk")
                                .expressionAttributeValues(java.util.Map.of(
                                        ":pk",
                                        software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(
                                                "ACCESS#" + c.id())))
                                .consistentRead(true))
                        .items())
                .extracting(i -> i.get("route").s())
                .contains("GET /staff/pages/complaints/{id}/letters/{letter}", "GET /staff/pages/letters/to-post.pdf");

        // Marking it posted: once, on the timeline, off the list.
        String csrf = PageRequests.csrf(complaintPage);
        APIGatewayV2HTTPEvent post = PageRequests.postForm(
                officer(),
                "/staff/pages/complaints/" + c.id() + "/letters/posted",
                "csrf=" + csrf + "&key=acknowledgement");
        APIGatewayV2HTTPResponse posted = app.handle(post);
        APIGatewayV2HTTPResponse again = app.handle(PageRequests.postForm(
                officer(),
                "/staff/pages/complaints/" + c.id() + "/letters/posted",
                "csrf=" + csrf + "&key=acknowledgement"));

        assertThat(posted.getStatusCode()).as(body(posted)).isEqualTo(303);
        assertThat(header(posted, "Location")).isEqualTo("/staff/pages/complaints/" + c.id() + "?done=letter-posted");
        assertThat(again.getStatusCode()).isEqualTo(303);
        Document after = PageRequests.html(
                body(app.handle(PageRequests.get(officer(), "/staff/pages/complaints/" + c.id(), null))));
        assertThat(after.select("#timeline").text())
                .containsOnlyOnce("The acknowledgement letter was posted on Monday 4 January 2027 by officer");
        assertThat(after.select("#letters-to-post tr[data-key=acknowledgement]").text())
                .contains("Monday 4 January 2027")
                .doesNotContain("Mark as posted");
        assertThat(PageRequests.html(body(app.handle(PageRequests.get(officer(), "/staff/pages/dashboard", null))))
                        .select("#letters-to-post tr[data-reference=" + c.reference() + "]"))
                .isEmpty();
    }

    @Test
    void theTeamsOwnManagerMayPrintALetterButNotMarkItPostedAndTheDirectorMayDoNeither() throws IOException {
        Logged c = loggedByPhone("letters-2");
        String path = "/staff/pages/complaints/" + c.id() + "/letters/stage2-entitlement";

        assertThat(pdfText(app.handle(PageRequests.get(huntingdonManager(), path, null))))
                .contains("Our reference: " + c.reference());
        assertThat(app.handle(PageRequests.get(director(), path, null)).getStatusCode())
                .isEqualTo(403);
        String managersPage =
                body(app.handle(PageRequests.get(huntingdonManager(), "/staff/pages/complaints/" + c.id(), null)));
        assertThat(PageRequests.html(managersPage).select("#letters-to-post form"))
                .isEmpty();
        APIGatewayV2HTTPResponse refused = app.handle(PageRequests.postForm(
                huntingdonManager(),
                "/staff/pages/complaints/" + c.id() + "/letters/posted",
                "csrf=" + PageRequests.csrf(managersPage) + "&key=acknowledgement"));
        assertThat(refused.getStatusCode()).isEqualTo(403);
        assertThat(PageRequests.html(
                                body(app.handle(PageRequests.get(huntingdonManager(), "/staff/pages/dashboard", null))))
                        .select("#letters-to-post"))
                .isEmpty();
        // Still waiting: the manager's attempt changed nothing.
        assertThat(PageRequests.html(body(app.handle(PageRequests.get(officer(), "/staff/pages/dashboard", null))))
                        .select("#letters-to-post tr[data-reference=" + c.reference() + "]"))
                .hasSize(1);
    }

    @Test
    void anUnknownLetterOrTaskIs404AndChangesNothing() {
        Logged c = loggedByPhone("letters-3");
        String complaintPage = body(app.handle(PageRequests.get(officer(), "/staff/pages/complaints/" + c.id(), null)));

        APIGatewayV2HTTPResponse noLetter = app.handle(
                PageRequests.get(officer(), "/staff/pages/complaints/" + c.id() + "/letters/thank-you-note", null));
        APIGatewayV2HTTPResponse noTask = app.handle(PageRequests.postForm(
                officer(),
                "/staff/pages/complaints/" + c.id() + "/letters/posted",
                "csrf=" + PageRequests.csrf(complaintPage) + "&key=clock-paused%403"));

        assertThat(noLetter.getStatusCode()).isEqualTo(404);
        assertThat(body(noLetter)).contains("Choose a letter from the list");
        assertThat(noTask.getStatusCode()).isEqualTo(404);
        assertThat(body(noTask)).contains("Nothing was changed");
    }
}
