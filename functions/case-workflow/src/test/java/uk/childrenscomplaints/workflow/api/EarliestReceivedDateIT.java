package uk.childrenscomplaints.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.WorkflowApp.OFFICER;
import static uk.childrenscomplaints.workflow.WorkflowApp.body;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.childrenscomplaints.complaint.application.ports.ImportedHistory;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.WorkflowApp;

/**
 * The earliest day a complaint logged by staff may have been received (issue 13), through the real handler against
 * dynalite: the configured day (2008-04-01 by default) until past complaints are imported, then the first day of the
 * financial year of the earliest imported one. The sample file's earliest complaint was received on Tue 14 Apr 2009,
 * in the year from Wed 1 Apr 2009. Each refusal a 400 in the documented shape, nothing stored.
 */
class EarliestReceivedDateIT {
    /** Monday 4 January 2027, 10:00 in London (GMT). */
    private static final String MON_2027_01_04 = "2027-01-04T10:00:00Z";

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.api(MON_2027_01_04);

    private final LocalAws aws;

    EarliestReceivedDateIT(LocalAws aws) {
        this.aws = aws;
    }

    private static APIGatewayV2HTTPEvent received(String day, String key) {
        APIGatewayV2HTTPEvent e = WorkflowApp.logComplaint(OFFICER, "Huntingdon", key);
        e.setBody(e.getBody().replace("\"receivedOn\": \"2027-01-04\"", "\"receivedOn\": \"" + day + "\""));
        return e;
    }

    private static APIGatewayV2HTTPResponse importSample(FunctionApp app) {
        return app.handle(WorkflowApp.as(WorkflowApp.event("case-workflow-import.json"), OFFICER));
    }

    private long complaintsStored(FunctionApp app) {
        return aws.dynamoDb().scan(s -> s.tableName(app.table())).items().stream()
                .filter(i -> i.get("pk").s().startsWith("COMPLAINT#"))
                .count();
    }

    private static String tooEarly(String earliest) {
        return "{\"errors\":[{\"field\":\"receivedOn\",\"message\":\"The date received must be " + earliest
                + " or later: check the year\"}]}";
    }

    @Test
    void withNothingImportedTheConfiguredTue1Apr2008IsTheEarliestAComplaintMayHaveBeenReceived(FunctionApp app) {
        APIGatewayV2HTTPResponse june2008 = app.handle(received("2008-06-02", "k-jun-2008"));
        assertThat(june2008.getStatusCode()).as(body(june2008)).isEqualTo(201);
        long stored = complaintsStored(app);

        APIGatewayV2HTTPResponse march2008 = app.handle(received("2008-03-31", "k-mar-2008"));

        assertThat(march2008.getStatusCode()).isEqualTo(400);
        assertThat(body(march2008)).isEqualTo(tooEarly("2008-04-01"));
        assertThat(complaintsStored(app)).isEqualTo(stored);
    }

    @Test
    void afterImportingComplaintsFromApril2009AComplaintReceivedOnMon2Jun2008IsRefusedNamingWed1Apr2009(
            FunctionApp app) {
        APIGatewayV2HTTPResponse imported = importSample(app);
        assertThat(imported.getStatusCode()).as(body(imported)).isEqualTo(200);
        long stored = complaintsStored(app);

        APIGatewayV2HTTPResponse june2008 = app.handle(received("2008-06-02", "k-jun-2008"));

        assertThat(june2008.getStatusCode()).isEqualTo(400);
        assertThat(body(june2008)).isEqualTo(tooEarly("2009-04-01"));
        assertThat(complaintsStored(app)).isEqualTo(stored);
        Map<String, AttributeValue> history = aws.dynamoDb()
                .getItem(r -> r.tableName(app.table())
                        .key(Map.of(
                                "pk", AttributeValue.fromS("IMPORTS#HISTORY"),
                                "sk", AttributeValue.fromS("IMPORTS"))))
                .item();
        assertThat(history.get("earliestReceivedOn").s()).isEqualTo("2009-04-14");
        APIGatewayV2HTTPResponse firstDay = app.handle(received("2009-04-01", "k-apr-2009"));
        assertThat(firstDay.getStatusCode()).as(body(firstDay)).isEqualTo(201);
    }

    @Test
    void theRecordedDayOnlyEverMovesEarlierWhateverOrderImportsFinishIn(FunctionApp app) {
        ImportedHistory history = app.context.getBean(ImportedHistory.class);
        assertThat(history.earliestReceived()).isEmpty();

        history.recordEarliestReceived(LocalDate.of(2012, 5, 1));
        history.recordEarliestReceived(LocalDate.of(2010, 7, 1));
        history.recordEarliestReceived(LocalDate.of(2011, 1, 1));

        assertThat(history.earliestReceived()).contains(LocalDate.of(2010, 7, 1));
    }

    @Test
    void aCouncilWhoseRecordsBeginThu1Apr2010RefusesAComplaintReceivedInJune2009AndAnImportFrom2009() {
        FunctionApp app = function.start(MON_2027_01_04, Map.of("complaints.earliest-received", "2010-04-01"));

        APIGatewayV2HTTPResponse june2009 = app.handle(received("2009-06-01", "k-jun-2009"));
        APIGatewayV2HTTPResponse imported = importSample(app);

        assertThat(june2009.getStatusCode()).isEqualTo(400);
        assertThat(body(june2009)).isEqualTo(tooEarly("2010-04-01"));
        assertThat(imported.getStatusCode()).isEqualTo(422);
        assertThat(body(imported)).contains("The date is before 2010-04-01");
        assertThat(complaintsStored(app)).isZero();
    }
}
