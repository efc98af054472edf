package uk.childrenscomplaints.workflow.priming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.complaint.infrastructure.SnapStartPriming;
import uk.childrenscomplaints.local.standins.AwsCallRecorder;
import uk.childrenscomplaints.local.standins.AwsCallRecorder.AwsCall;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.local.standins.SamTemplate;
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

        List<String> lines = stdoutOf(() -> calls.addAll(AwsCallRecorder.during(
                () -> app.context.getBean(SnapStartPriming.class).beforeCheckpoint(null))));

        assertThat(aws.dynamoDb().scan(r -> r.tableName(app.table())).count()).isEqualTo(items);
        assertThat(aws.mailbox().emails()).hasSize(emails);
        assertThat(bus.events()).isEmpty();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0))
                .contains("4 requests through the handler")
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

    static List<String> stdoutOf(Runnable work) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.out.flush();
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(l -> !l.isBlank())
                .toList();
    }
}
