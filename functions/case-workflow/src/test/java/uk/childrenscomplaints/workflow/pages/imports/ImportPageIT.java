package uk.childrenscomplaints.workflow.pages.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.WorkflowApp.body;
import static uk.childrenscomplaints.workflow.WorkflowApp.header;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.SamTemplate;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.PageRequests;
import uk.childrenscomplaints.workflow.SignInStandIn;
import uk.childrenscomplaints.workflow.WorkflowApp;

/**
 * The import page through the real Lambda handler: the sample file from events/import/ uploaded as a browser sends
 * it (multipart/form-data, base64 in the event, as API Gateway delivers it), into dynalite.
 */
class ImportPageIT {
    private static final String MON_2027_01_04 = "2027-01-04T10:00:00Z";
    private static final Instant NOW = Instant.parse(MON_2027_01_04);
    private static final String PATH = "/staff/pages/import";
    private static final String BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW";

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.pages(MON_2027_01_04);

    private final LocalAws aws;
    private final SignInStandIn pool;
    private final FunctionApp app;
    private final String table;

    ImportPageIT(LocalAws aws, SignInStandIn pool, FunctionApp app) {
        this.aws = aws;
        this.pool = pool;
        this.app = app;
        this.table = app.table();
    }

    private String officer() {
        return PageRequests.session(pool, "officer", "complaints-team", null, NOW);
    }

    private static byte[] sample() throws IOException {
        return Files.readAllBytes(SamTemplate.repositoryRoot().resolve("events/import/past-complaints-sample.csv"));
    }

    private long complaintsStored() {
        return aws.dynamoDb().scan(s -> s.tableName(table)).items().stream()
                .filter(i -> i.get("pk").s().startsWith("COMPLAINT#"))
                .count();
    }

    /** The form as Chromium sends it: the token field, then the file part. */
    static byte[] multipart(String csrf, String filename, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private APIGatewayV2HTTPResponse upload(String token, String csrf, String filename, byte[] file) {
        return app.handle(PageRequests.post(
                token, PATH, "multipart/form-data; boundary=" + BOUNDARY, multipart(csrf, filename, file)));
    }

    private String csrf(String token) {
        return PageRequests.csrf(body(app.handle(PageRequests.get(token, PATH, null))));
    }

    @Test
    void theSampleFileImportsAndASecondUploadAddsNothing() throws IOException {
        String officer = officer();
        int rows = (int) new String(sample(), StandardCharsets.UTF_8)
                        .lines()
                        .filter(l -> !l.isBlank())
                        .count()
                - 1;

        APIGatewayV2HTTPResponse first = upload(officer, csrf(officer), "past.csv", sample());

        assertThat(first.getStatusCode()).as(body(first)).isEqualTo(303);
        assertThat(header(first, "Location")).isEqualTo(PATH + "?imported=" + rows + "&alreadyPresent=0");
        assertThat(complaintsStored()).isEqualTo(rows);
        APIGatewayV2HTTPResponse again = upload(officer, csrf(officer), "past.csv", sample());
        assertThat(header(again, "Location")).isEqualTo(PATH + "?imported=0&alreadyPresent=" + rows);
        String done = body(app.handle(PageRequests.get(officer, PATH, "imported=0&alreadyPresent=" + rows)));
        assertThat(done).contains("id=\"imported-count\">0<").contains("id=\"already-present-count\">" + rows + "<");
        assertThat(complaintsStored()).isEqualTo(rows);
    }

    @Test
    void aBadFileListsEveryBadRowWithItsLineAndColumnAndImportsNothing() throws IOException {
        String[] lines = new String(sample(), StandardCharsets.UTF_8).split("\r?\n");
        String bad = lines[0] + "\r\n" + lines[1].replace(",Huntingdon,", ",Nowhere,") + "\r\n" + lines[2] + "\r\n"
                + lines[3].replace("2009-06-22", "2009-13-40") + "\r\n";

        APIGatewayV2HTTPResponse r =
                upload(officer(), csrf(officer()), "bad.csv", bad.getBytes(StandardCharsets.UTF_8));

        assertThat(r.getStatusCode()).isEqualTo(400);
        String page = body(r);
        Document html = PageRequests.html(page);
        assertThat(html.select(".govuk-error-summary a[href=#problems]").text())
                .startsWith("The file has 2 problems, so nothing was imported");
        assertThat(html.select("tr[data-line=2]")).hasSize(1);
        assertThat(PageRequests.cells(html.selectFirst("tr[data-line=2]"))).contains("team");
        assertThat(html.select("tr[data-line=4]")).hasSize(1);
        assertThat(PageRequests.cells(html.selectFirst("tr[data-line=4]"))).contains("received_on");
        assertThat(html.select("tr[data-line=3]")).isEmpty();
        assertThat(page).doesNotContain("Nowhere");
        assertThat(complaintsStored()).isZero();
    }

    @Test
    void noFileAForgedTokenOrAnotherRoleImportNothing() throws IOException {
        String officer = officer();
        APIGatewayV2HTTPResponse noFile = upload(officer, csrf(officer), "", new byte[0]);
        assertThat(noFile.getStatusCode()).isEqualTo(400);
        assertThat(body(noFile)).contains("<a href=\"#file\">Choose a CSV file to import</a>");

        APIGatewayV2HTTPResponse forged = upload(officer, "forged", "past.csv", sample());
        assertThat(forged.getStatusCode()).isEqualTo(403);

        String manager = PageRequests.session(pool, "huntingdon-manager", "responding-manager", "Huntingdon", NOW);
        assertThat(body(app.handle(PageRequests.get(manager, PATH, null))))
                .contains("id=\"may-not-import\"")
                .doesNotContain("id=\"import-form\"");
        APIGatewayV2HTTPResponse crafted = upload(manager, csrf(manager), "past.csv", sample());
        assertThat(crafted.getStatusCode()).isEqualTo(403);
        assertThat(complaintsStored()).isZero();
    }
}
