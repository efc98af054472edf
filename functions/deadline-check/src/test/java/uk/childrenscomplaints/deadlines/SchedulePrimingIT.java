package uk.childrenscomplaints.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.function.aws.MicronautRequestHandler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.childrenscomplaints.complaint.infrastructure.SnapStartPriming;
import uk.childrenscomplaints.local.standins.AwsCallRecorder;
import uk.childrenscomplaints.local.standins.AwsCallRecorder.AwsCall;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.local.standins.SamTemplate;
import uk.childrenscomplaints.local.standins.StandardOutput;
import uk.childrenscomplaints.local.standins.TemplatePermissions;

/**
 * SnapStart priming of this jar's three scheduled functions (decision 039), each through its own handler on dynalite
 * and the SES emulator: each runs only its own path, reads only, sends and publishes nothing, logs one line, and asks
 * for nothing its role in template.yaml does not allow.
 */
@ExtendWith(LocalAwsExtension.class)
class SchedulePrimingIT {
    private static final List<String> READS =
            List.of("dynamodb:GetItem", "dynamodb:Query", "ses:GetEmailTemplate", "secretsmanager:GetSecretValue");

    private final LocalAws aws;
    private LocalEventBus bus;
    private SweepHarness harness;

    SchedulePrimingIT(LocalAws aws) {
        this.aws = aws;
    }

    @BeforeEach
    void start() {
        bus = LocalEventBus.start();
        harness = new SweepHarness(aws, bus);
    }

    @AfterEach
    void stop() {
        bus.close();
    }

    @Test
    void theSweepPrimesItsDayOffPathAndADeadlineIndexPageForMarch2008AndChangesNothing() {
        List<AwsCall> calls = primeAndCheck(harness.handler(), "DeadlineCheckFunction");
        assertThat(calls).contains(new AwsCall("dynamodb:Query", "deadline-index", null));
        assertThat(calls).contains(new AwsCall("dynamodb:Query", "outbox-index", null));
    }

    @Test
    void theWeeklySummaryPrimesItsStatusIndexReadsForATeamNoCouncilHasAndSendsNothing() {
        List<AwsCall> calls = primeAndCheck(harness.weeklySummary(aws.sesEndpoint()), "WeeklyTeamSummaryFunction");
        assertThat(calls).contains(new AwsCall("dynamodb:Query", "status-index", null));
        // It sends, so its mailer and SES client are built, and their ClientPriming touches them (decision 045).
        assertThat(calls).extracting(AwsCall::action).contains("ses:GetEmailTemplate");
    }

    @Test
    void retentionPrimesThroughItsHandlerAsOfMarch2008AndAnonymisesNothing() {
        List<AwsCall> calls = primeAndCheck(harness.retention(), "RetentionFunction");
        assertThat(calls).contains(new AwsCall("dynamodb:Query", "retention-index", null));
        assertThat(calls).contains(new AwsCall("dynamodb:Query", "expiry-index", null));
    }

    private List<AwsCall> primeAndCheck(MicronautRequestHandler<?, ?> handler, String functionId) {
        try (handler) {
            long items = items();
            int emails = aws.mailbox().emails().size();
            List<AwsCall> calls = new ArrayList<>();
            List<String> lines = StandardOutput.during(
                    () -> calls.addAll(AwsCallRecorder.during(() -> handler.getApplicationContext()
                            .getBean(SnapStartPriming.class)
                            .beforeCheckpoint(null))));

            assertThat(items()).as("items in the table").isEqualTo(items);
            assertThat(aws.mailbox().emails())
                    .as("emails the SES emulator took")
                    .hasSize(emails);
            assertThat(bus.events()).as("events on the bus").isEmpty();
            assertThat(lines).as("one line: priming ran, and what it touched").hasSize(1);
            assertThat(lines.get(0)).contains("SnapStart priming ran").doesNotContain("did not complete");
            assertThat(calls).extracting(AwsCall::action).isNotEmpty().allMatch(READS::contains);
            assertThat(TemplatePermissions.of(SamTemplate.locate()).refused(functionId, calls))
                    .isEmpty();
            return calls;
        }
    }

    private long items() {
        return aws.dynamoDb().scan(r -> r.tableName(harness.table())).count();
    }
}
