package uk.childrenscomplaints.workflow.priming;

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
import uk.childrenscomplaints.workflow.WorkflowApp;

/**
 * SnapStart priming of the staff function (decision 039) through its real Lambda entry point on dynalite and the SES
 * emulator: the dashboard without a session is sent to sign in, the API without a token is refused, the signed-out
 * page is drawn, and the readers find nothing for a complaint no one has and April to June 2008; nothing is stored,
 * sent or published, one line is logged, and every call is one its role in template.yaml allows.
 */
class StaffPrimingIT {
    /**
     * Classes the first complaint logged through the API may still load after priming: the writes, the sends and the
     * answer's own. Measured on this build: about 490 after priming, about 3,600 without it.
     */
    static final int FIRST_POST_NEW_CLASSES_AT_MOST = 1_000;

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.pages("2026-12-24T10:15:00Z");

    private final LocalAws aws;
    private final LocalEventBus bus;

    StaffPrimingIT(LocalAws aws, LocalEventBus bus) {
        this.aws = aws;
        this.bus = bus;
    }

    @Test
    void primingAnswersWithoutASessionReadsNothingThereAndChangesNothing(FunctionApp app) {
        long items = aws.dynamoDb().scan(r -> r.tableName(app.table())).count();
        int emails = aws.mailbox().emails().size();
        List<AwsCall> calls = new ArrayList<>();

        List<String> lines = StandardOutput.during(() -> calls.addAll(AwsCallRecorder.during(
                () -> app.context.getBean(SnapStartPriming.class).beforeCheckpoint(null))));

        assertThat(aws.dynamoDb().scan(r -> r.tableName(app.table())).count()).isEqualTo(items);
        assertThat(aws.mailbox().emails()).hasSize(emails);
        assertThat(bus.events()).isEmpty();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0))
                // The dashboard sends to sign in; the API's list and the logged complaint, asked as an API client
                // asks, are refused for want of a token; the signed-out page renders.
                .contains("4 requests through the handler, answered {200=1, 303=1, 401=2}")
                .contains("staff readers: complaint not found, figures for 2008-04-01 to 2008-06-30")
                .doesNotContain("did not complete");
        assertThat(calls)
                .contains(new AwsCall("dynamodb:GetItem", null, "COMPLAINT#" + SnapStartPriming.PRIMING_COMPLAINT_ID))
                .contains(new AwsCall("dynamodb:Query", "quarter-index", null));
        assertThat(calls)
                .extracting(AwsCall::action)
                .allMatch(List.of(
                        "dynamodb:GetItem",
                        "dynamodb:Query",
                        "ses:GetEmailTemplate",
                        "secretsmanager:GetSecretValue",
                        "ssm:GetParameter")::contains);
        assertThat(TemplatePermissions.of(SamTemplate.locate()).refused("CaseWorkflowFunction", calls))
                .isEmpty();
    }

    @Test
    void afterPrimingTheFirstComplaintLoggedOnMonday4January2027LoadsFewClassesAndWithoutItMany() throws Exception {
        int primed = firstPostNewClasses("primed");
        int unprimed = firstPostNewClasses("unprimed");
        System.err.printf("first staff POST loaded %d classes after priming, %d without%n", primed, unprimed);

        assertThat(primed).isLessThanOrEqualTo(FIRST_POST_NEW_CLASSES_AT_MOST);
        assertThat(unprimed)
                .as("the bound would catch priming that stopped covering routing and the readers")
                .isGreaterThan(FIRST_POST_NEW_CLASSES_AT_MOST * 2);
    }

    private int firstPostNewClasses(String mode) throws IOException, InterruptedException {
        FirstPostInFreshJvm.FirstPost first =
                FirstPostInFreshJvm.run(FirstStaffPostAfterPriming.class, mode, aws, bus, function.table());
        assertThat(first.status())
                .as("the logged complaint was taken: " + first.output())
                .isEqualTo(201);
        return first.newClasses();
    }
}
