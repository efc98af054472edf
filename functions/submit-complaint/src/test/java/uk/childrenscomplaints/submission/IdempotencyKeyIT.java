package uk.childrenscomplaints.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.submission.SubmissionApp.body;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;

/**
 * Issue 13, finding 4, through the real Lambda handler against dynalite and the SES emulator: a key (or form token)
 * names one body; another body under it is refused and stores nothing; a key expires; a retry finishes a submission
 * that died between its writes.
 */
class IdempotencyKeyIT {
    private static final String THU_2026_12_24 = "2026-12-24T10:00:00Z";
    private static final String FRI_2026_12_25 = "2026-12-25T10:01:00Z";

    @RegisterExtension
    static final FunctionAppExtension function = SubmissionApp.extension();

    private final LocalAws aws;
    private final String table;

    IdempotencyKeyIT(LocalAws aws) {
        this.aws = aws;
        this.table = function.table();
    }

    private int items() {
        return aws.dynamoDb().scan(r -> r.tableName(table)).count();
    }

    private long complaints() {
        return aws.dynamoDb().scan(r -> r.tableName(table)).items().stream()
                .filter(i -> i.get("pk").s().startsWith("COMPLAINT#"))
                .count();
    }

    private static String otherComplainant() {
        return SubmissionApp.jsonPost()
                .getBody()
                .replace("Jordan Example", "Robin Other")
                .replace("jordan@example.org", "robin@example.org");
    }

    @Test
    void aSecondComplainantReusingAnIdempotencyKeyGets409AndNothingIsStoredOrSent() {
        try (FunctionApp app = function.start(THU_2026_12_24)) {
            assertThat(app.handle(SubmissionApp.jsonPost()).getStatusCode()).isEqualTo(201);
            int before = items();

            APIGatewayV2HTTPResponse r = app.handle(SubmissionApp.jsonPost(
                    otherComplainant(), SubmissionApp.jsonPost().getHeaders().get("idempotency-key")));

            assertThat(r.getStatusCode()).isEqualTo(409);
            assertThat(body(r))
                    .startsWith("{\"errors\":[{\"field\":\"Idempotency-Key\"")
                    .contains("different answers")
                    .contains("new key")
                    .doesNotContain("CSC-")
                    .doesNotContain("Jordan");
            assertThat(items()).isEqualTo(before);
            assertThat(aws.mailbox().emailsTo("robin@example.org")).isEmpty();
        }
    }

    @Test
    void theSameFormSentBackWithOtherAnswersShowsAnErrorSummaryOfferingAFreshForm() {
        try (FunctionApp app = function.start(THU_2026_12_24)) {
            assertThat(app.handle(SubmissionApp.formPost()).getStatusCode()).isEqualTo(200);
            int before = items();
            String changed = SubmissionApp.formBody(SubmissionApp.formPost())
                    .replace("complainantName=Alex+Example", "complainantName=Robin+Other")
                    .replace("email=alex%40example.org", "email=robin%40example.org");

            APIGatewayV2HTTPResponse r = app.handle(SubmissionApp.formPost(changed));

            assertThat(r.getStatusCode()).isEqualTo(409);
            assertThat(body(r))
                    .contains("govuk-error-summary")
                    .contains("This form was already sent with different answers")
                    .contains("href=\"/complaints/new\"")
                    .doesNotContain("CSC-")
                    .doesNotContain("Alex");
            assertThat(items()).isEqualTo(before);
            assertThat(aws.mailbox().emailsTo("robin@example.org")).isEmpty();
        }
    }

    @Test
    void anApiKeyFromThu_2026_12_24IsFreeForANewComplaintOnFri_2026_12_25() {
        String key = SubmissionApp.jsonPost().getHeaders().get("idempotency-key");
        try (FunctionApp app = function.start(THU_2026_12_24)) {
            assertThat(app.handle(SubmissionApp.jsonPost()).getStatusCode()).isEqualTo(201);
        }
        try (FunctionApp app = function.start(FRI_2026_12_25)) {
            APIGatewayV2HTTPResponse r = app.handle(SubmissionApp.jsonPost(otherComplainant(), key));

            assertThat(r.getStatusCode()).isEqualTo(201);
            assertThat(body(r)).contains("\"reference\":\"CSC-2026-0002\"").contains("\"replayed\":false");
        }
        assertThat(complaints()).isEqualTo(2);
    }

    @Test
    void aRetryAfterTheComplaintWasLostBetweenTheTwoWritesStoresExactlyOneComplaint() {
        try (FunctionApp app = function.start(THU_2026_12_24)) {
            assertThat(app.handle(SubmissionApp.jsonPost()).getStatusCode()).isEqualTo(201);
            // As if the function had been killed after writing the key and before the complaint.
            aws.dynamoDb().scan(r -> r.tableName(table)).items().stream()
                    .filter(i -> i.get("pk").s().startsWith("COMPLAINT#"))
                    .forEach(i -> aws.dynamoDb()
                            .deleteItem(d ->
                                    d.tableName(table).key(java.util.Map.of("pk", i.get("pk"), "sk", i.get("sk")))));
            assertThat(complaints()).isZero();

            APIGatewayV2HTTPResponse retry = app.handle(SubmissionApp.jsonPost());
            APIGatewayV2HTTPResponse again = app.handle(SubmissionApp.jsonPost());

            assertThat(retry.getStatusCode()).isEqualTo(201);
            assertThat(again.getStatusCode()).isEqualTo(200);
            assertThat(body(again)).contains("\"replayed\":true");
            assertThat(complaints()).isEqualTo(1);
        }
    }
}
