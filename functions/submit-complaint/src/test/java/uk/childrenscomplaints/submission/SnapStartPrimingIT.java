package uk.childrenscomplaints.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.complaint.infrastructure.SnapStartPriming;
import uk.childrenscomplaints.local.standins.AwsCallRecorder;
import uk.childrenscomplaints.local.standins.AwsCallRecorder.AwsCall;
import uk.childrenscomplaints.local.standins.FirstPostInFreshJvm;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.local.standins.SamTemplate;
import uk.childrenscomplaints.local.standins.StandardOutput;
import uk.childrenscomplaints.local.standins.TemplatePermissions;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;

/**
 * SnapStart priming of the public function (decision 039), on dynalite and the SES emulator through the real Lambda
 * entry point: it answers the form, two refused POSTs, a status link and the children's form, stores and sends
 * nothing, logs one line, makes only calls the function's role allows, and leaves the first real complaint little
 * to load.
 */
class SnapStartPrimingIT {
    /**
     * Classes the first real JSON complaint may still load after priming: the write, the sends and the answer's own
     * few. Measured on this build: about 400 after priming, about 3,600 without it (routing, serde, validation).
     */
    static final int FIRST_POST_NEW_CLASSES_AT_MOST = 900;

    @RegisterExtension
    static final FunctionAppExtension function = SubmissionApp.extension();

    private final LocalAws aws;
    private final LocalEventBus bus;

    SnapStartPrimingIT(LocalAws aws, LocalEventBus bus) {
        this.aws = aws;
        this.bus = bus;
    }

    @Test
    void primingRunsTheFormARefusedPostAndAStatusLinkThroughTheHandlerAndStoresSendsAndPublishesNothing(
            FunctionApp app) {
        long items = items(app.table());
        int emails = aws.mailbox().emails().size();
        int events = bus.events().size();
        List<AwsCall> calls = new ArrayList<>();

        List<String> lines = StandardOutput.during(() -> calls.addAll(AwsCallRecorder.during(
                () -> app.context.getBean(SnapStartPriming.class).beforeCheckpoint(null))));

        assertThat(items(app.table())).as("items in the table").isEqualTo(items);
        assertThat(aws.mailbox().emails()).as("emails the SES emulator took").hasSize(emails);
        assertThat(bus.events()).as("events on the bus").hasSize(events);
        assertThat(lines).as("one line: priming ran, and what it touched").hasSize(1);
        assertThat(lines.get(0))
                .contains("SnapStart priming ran")
                .contains("5 requests through the handler, answered {200=2, 400=3}")
                .contains("DynamoDB GetItem PRIMING")
                // The request never sends (decision 035), so the function builds no SES or EventBridge client, mailer
                // or event publisher to prime; its jar has neither SDK (decision 045), its tests' classpath both.
                .contains("no SES client built")
                .contains("no event bus client built")
                .doesNotContain("did not complete");
        assertThat(calls)
                .as("the status link read its complaint, which is not there")
                .contains(new AwsCall("dynamodb:GetItem", null, "COMPLAINT#" + SnapStartPriming.PRIMING_COMPLAINT_ID))
                .allSatisfy(
                        call -> assertThat(call.action()).isIn("dynamodb:GetItem", "secretsmanager:GetSecretValue"));
        assertThat(TemplatePermissions.of(SamTemplate.locate()).refused("SubmitComplaintFunction", calls))
                .isEmpty();
    }

    @Test
    void afterPrimingTheFirstRealComplaintLoadsFewClassesAndWithoutItMany() throws Exception {
        int primed = firstPostNewClasses("primed");
        int unprimed = firstPostNewClasses("unprimed");
        System.err.printf("first POST loaded %d classes after priming, %d without%n", primed, unprimed);

        assertThat(primed).isLessThanOrEqualTo(FIRST_POST_NEW_CLASSES_AT_MOST);
        assertThat(unprimed)
                .as("the bound would catch priming that stopped covering routing, serde and validation")
                .isGreaterThan(FIRST_POST_NEW_CLASSES_AT_MOST * 2);
    }

    private int firstPostNewClasses(String mode) throws IOException, InterruptedException {
        FirstPostInFreshJvm.FirstPost first =
                FirstPostInFreshJvm.run(FirstPostAfterPriming.class, mode, aws, bus, function.table());
        assertThat(first.status())
                .as("the first real complaint was taken: " + first.output())
                .isEqualTo(201);
        return first.newClasses();
    }

    private long items(String table) {
        return aws.dynamoDb().scan(r -> r.tableName(table)).count();
    }
}
