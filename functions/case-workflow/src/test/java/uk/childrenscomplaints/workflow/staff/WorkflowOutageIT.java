package uk.childrenscomplaints.workflow.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.WorkflowApp.OFFICER;
import static uk.childrenscomplaints.workflow.WorkflowApp.body;
import static uk.childrenscomplaints.workflow.WorkflowApp.header;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.PageRequests;
import uk.childrenscomplaints.workflow.SignInStandIn;
import uk.childrenscomplaints.workflow.WorkflowApp;

/**
 * The staff function with DynamoDB refusing every connection (issue 13, finding 3): the API answers 503 in its
 * documented shape with Retry-After, the pages a plain "busy" page in the staff layout; never the SDK's message.
 */
class WorkflowOutageIT {
    /** Monday 4 January 2027, 10:00 in London. */
    private static final String MON_2027_01_04 = "2027-01-04T10:00:00Z";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NEVER_IN_AN_ANSWER =
            List.of("Unable to execute", "SDK", "Connection refused", "Exception", "software.amazon", "localhost");

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.pages(MON_2027_01_04);

    private final SignInStandIn pool;

    WorkflowOutageIT(SignInStandIn pool) {
        this.pool = pool;
    }

    private static FunctionApp withDynamoDbDown() {
        return function.start(
                MON_2027_01_04, Map.of("aws.services.dynamodb.endpoint-override", "http://localhost:" + closedPort()));
    }

    @Test
    void theStaffApiWithDynamoDbDownAnswers503InTheDocumentedShapeWithinSeconds() throws IOException {
        try (FunctionApp app = withDynamoDbDown()) {
            long started = System.nanoTime();
            APIGatewayV2HTTPResponse list = app.handle(WorkflowApp.list(OFFICER, Map.of()));
            APIGatewayV2HTTPResponse logged = app.handle(WorkflowApp.logComplaint(OFFICER, "SCC", "idem-outage-1"));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).isLessThan(Duration.ofSeconds(20));
            for (APIGatewayV2HTTPResponse r : List.of(list, logged)) {
                assertThat(r.getStatusCode()).as(body(r)).isEqualTo(503);
                assertThat(header(r, "Retry-After")).isEqualTo("120");
                JsonNode errors = JSON.readTree(body(r)).get("errors");
                assertThat(errors.get(0).get("field").asText()).isEqualTo("service");
                assertThat(errors.get(0).get("message").asText()).contains("busy", "Try again in a few minutes");
                NEVER_IN_AN_ANSWER.forEach(s -> assertThat(body(r)).doesNotContain(s));
            }
            assertThat(JSON.readTree(body(logged))
                            .get("errors")
                            .get(0)
                            .get("message")
                            .asText())
                    .contains("may or may not have been saved");
        }
    }

    @Test
    void aStaffPageWithDynamoDbDownIsAPlainBusyPageInTheStaffLayout() {
        String officer = PageRequests.session(pool, "officer", "complaints-team", null, Instant.parse(MON_2027_01_04));
        try (FunctionApp app = withDynamoDbDown()) {
            APIGatewayV2HTTPResponse r = app.handle(PageRequests.get(officer, "/staff/pages/dashboard", null));

            assertThat(r.getStatusCode()).as(body(r)).isEqualTo(503);
            assertThat(header(r, "Retry-After")).isEqualTo("120");
            assertThat(header(r, "Content-Type")).startsWith("text/html");
            Document page = Jsoup.parse(body(r));
            assertThat(page.select("h1").text()).isEqualTo("Sorry, the service is busy");
            assertThat(page.select("#problem").text()).contains("may or may not have been saved");
            assertThat(page.select("a[href=/staff/pages/dashboard]")).isNotEmpty();
            NEVER_IN_AN_ANSWER.forEach(s -> assertThat(page.text()).doesNotContain(s));
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
