package uk.childrenscomplaints.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.submission.SubmissionApp.body;
import static uk.childrenscomplaints.submission.SubmissionApp.header;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;

/**
 * Issue 13, finding 6, through the real Lambda handler against dynalite and the SES emulator: five submissions an hour
 * from one source address and three a day naming one email address; past that, 429 with Retry-After, nothing stored
 * and no email.
 */
class AbuseLimitsIT {
    /** Thursday 24 December 2026, 10:15 in London (GMT): the hour's window ends at 11:00, 2,700 seconds later. */
    private static final String THU_2026_12_24_1015 = "2026-12-24T10:15:00Z";

    @RegisterExtension
    static final FunctionAppExtension function = SubmissionApp.extension();

    private final LocalAws aws;
    private final String table;

    AbuseLimitsIT(LocalAws aws) {
        this.aws = aws;
        this.table = function.table();
    }

    private int items() {
        return aws.dynamoDb().scan(r -> r.tableName(table)).count();
    }

    private static APIGatewayV2HTTPEvent json(int n, String sourceIp) {
        APIGatewayV2HTTPEvent e = SubmissionApp.jsonPost(
                SubmissionApp.jsonPost().getBody().replace("jordan@example.org", "person" + n + "@example.org"),
                "key-" + n);
        e.getRequestContext().getHttp().setSourceIp(sourceIp);
        return e;
    }

    private static APIGatewayV2HTTPEvent form(int n, String sourceIp) {
        APIGatewayV2HTTPEvent e = SubmissionApp.formPost(SubmissionApp.formBody(SubmissionApp.formPost())
                .replace("formToken=7b0f3c1e-5d2a-4c8e-9a51-2f6f0d3e8b11", "formToken=" + java.util.UUID.randomUUID())
                .replace("email=alex%40example.org", "email=person" + n + "%40example.org"));
        e.getRequestContext().getHttp().setSourceIp(sourceIp);
        return e;
    }

    @Test
    void theSixthJsonComplaintFromOneAddressWithinTheHourIs429UntilElevenAndStoresAndSendsNothing() {
        try (FunctionApp app = function.start(THU_2026_12_24_1015)) {
            for (int n = 1; n <= 5; n++) {
                assertThat(app.handle(json(n, "198.51.100.7")).getStatusCode()).isEqualTo(201);
            }
            int before = items();

            APIGatewayV2HTTPResponse sixth = app.handle(json(6, "198.51.100.7"));

            assertThat(sixth.getStatusCode()).isEqualTo(429);
            assertThat(header(sixth, "Retry-After")).isEqualTo("2700");
            assertThat(body(sixth)).startsWith("{\"errors\":[{\"field\":").contains("11:00am");
            assertThat(items()).isEqualTo(before);
            assertThat(aws.mailbox().emailsTo("person6@example.org")).isEmpty();
            // Another address is not held back by this one.
            assertThat(app.handle(json(7, "198.51.100.8")).getStatusCode()).isEqualTo(201);
        }
    }

    @Test
    void theSixthFormFromOneAddressShowsAPageSayingWhenToTryAgainAndHowElseToComplain() {
        try (FunctionApp app = function.start(THU_2026_12_24_1015)) {
            for (int n = 1; n <= 5; n++) {
                assertThat(app.handle(form(n, "198.51.100.9")).getStatusCode()).isEqualTo(200);
            }
            int before = items();

            APIGatewayV2HTTPResponse sixth = app.handle(form(6, "198.51.100.9"));

            assertThat(sixth.getStatusCode()).isEqualTo(429);
            assertThat(header(sixth, "Retry-After")).isEqualTo("2700");
            assertThat(body(sixth))
                    .contains("govuk-template")
                    .contains("we could not take your complaint")
                    .contains("11:00am on Thursday 24 December 2026")
                    .contains("Other ways to complain")
                    .contains("by phone: <a class=\"govuk-link\" href=\"tel:01632960001\">01632 960 001</a>")
                    .doesNotContain("198.51.100.9");
            assertThat(items()).isEqualTo(before);
            assertThat(aws.mailbox().emailsTo("person6@example.org")).isEmpty();
        }
    }

    @Test
    void aFourthComplaintNamingOneEmailAddressOnThu_2026_12_24Is429UntilMidnightFromAnyAddress() {
        try (FunctionApp app = function.start(THU_2026_12_24_1015)) {
            for (int n = 1; n <= 3; n++) {
                APIGatewayV2HTTPEvent e =
                        SubmissionApp.jsonPost(SubmissionApp.jsonPost().getBody(), "same-" + n);
                e.getRequestContext().getHttp().setSourceIp("203.0.113." + n);
                assertThat(app.handle(e).getStatusCode()).isEqualTo(201);
            }
            int before = items();
            APIGatewayV2HTTPEvent fourth =
                    SubmissionApp.jsonPost(SubmissionApp.jsonPost().getBody(), "same-4");
            fourth.getRequestContext().getHttp().setSourceIp("203.0.113.4");

            APIGatewayV2HTTPResponse r = app.handle(fourth);

            assertThat(r.getStatusCode()).isEqualTo(429);
            // 10:15 to midnight in London.
            assertThat(header(r, "Retry-After")).isEqualTo(Integer.toString(13 * 3600 + 45 * 60));
            assertThat(items()).isEqualTo(before);
            assertThat(aws.mailbox().emailsTo("jordan@example.org")).hasSize(3);
        }
    }
}
