package uk.childrenscomplaints.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.childrenscomplaints.complaint.infrastructure.SnapStartPriming;
import uk.childrenscomplaints.local.standins.AwsCallRecorder;
import uk.childrenscomplaints.local.standins.AwsCallRecorder.AwsCall;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;
import uk.childrenscomplaints.local.standins.SamTemplate;
import uk.childrenscomplaints.local.standins.StandardOutput;
import uk.childrenscomplaints.local.standins.TemplatePermissions;

/**
 * SnapStart priming of the quarterly report function (decision 039) on dynalite and the SES emulator: the figures for
 * April to June 2008 through the statistics the report uses, read only, nothing claimed or sent, one line logged, and
 * only calls its role in template.yaml allows.
 */
@ExtendWith(LocalAwsExtension.class)
class ReportPrimingIT {
    private final LocalAws aws;
    private final String table;

    ReportPrimingIT(LocalAws aws) {
        this.aws = aws;
        this.table = aws.createFreshTable();
        System.setProperty("aws.region", "eu-west-2");
        System.setProperty("aws.accessKeyId", "local");
        System.setProperty("aws.secretAccessKey", "local");
    }

    @Test
    void primingReadsTheFiguresForApril2008ToJune2008AndClaimsAndSendsNothing() {
        Map<String, Object> props = new HashMap<>();
        props.put("complaints.table-name", table);
        props.put("complaints.bus-name", "complaints-test");
        props.put("complaints.sender", "complaints@council.test");
        props.put("complaints.team-mailbox", "complaints-team@council.test");
        props.put("complaints.complaints-manager-email", "manager@council.test");
        props.put(
                "aws.services.dynamodb.endpoint-override", aws.dynamoEndpoint().toString());
        props.put("aws.services.sesv2.endpoint-override", aws.sesEndpoint().toString());
        aws.mailbox().clear();
        try (QuarterlyReportHandler handler =
                new QuarterlyReportHandler(ApplicationContext.builder().properties(props))) {
            List<AwsCall> calls = new ArrayList<>();
            List<String> lines = StandardOutput.during(
                    () -> calls.addAll(AwsCallRecorder.during(() -> handler.getApplicationContext()
                            .getBean(SnapStartPriming.class)
                            .beforeCheckpoint(null))));

            assertThat(aws.dynamoDb().scan(r -> r.tableName(table)).count())
                    .as("items")
                    .isZero();
            assertThat(aws.mailbox().emails())
                    .as("emails the SES emulator took")
                    .isEmpty();
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0))
                    .contains("quarterly report: figures for 2008-04-01 to 2008-06-30")
                    .doesNotContain("did not complete");
            assertThat(calls).contains(new AwsCall("dynamodb:Query", "quarter-index", null));
            assertThat(calls)
                    .extracting(AwsCall::action)
                    .allMatch(List.of("dynamodb:GetItem", "dynamodb:Query", "ses:GetEmailTemplate")::contains);
            assertThat(TemplatePermissions.of(SamTemplate.locate()).refused("QuarterlyReportFunction", calls))
                    .isEmpty();
        }
    }
}
