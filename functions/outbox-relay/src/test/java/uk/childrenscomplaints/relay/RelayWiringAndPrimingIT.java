package uk.childrenscomplaints.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import uk.childrenscomplaints.complaint.application.casework.FindingComplaints;
import uk.childrenscomplaints.complaint.application.casework.HandlingComplaints;
import uk.childrenscomplaints.complaint.application.casework.RecordingCaseloads;
import uk.childrenscomplaints.complaint.application.casework.RecordingCompliments;
import uk.childrenscomplaints.complaint.application.deadlines.ChasingLateResponses;
import uk.childrenscomplaints.complaint.application.deadlines.RecalculatingDeadlines;
import uk.childrenscomplaints.complaint.application.deadlines.RelayingOwedNotifications;
import uk.childrenscomplaints.complaint.application.deadlines.SendingWeeklyTeamSummaries;
import uk.childrenscomplaints.complaint.application.importing.ImportingPastComplaints;
import uk.childrenscomplaints.complaint.application.intake.SubmittingComplaint;
import uk.childrenscomplaints.complaint.application.reporting.ProducingStatistics;
import uk.childrenscomplaints.complaint.application.retention.RemovingPersonalData;
import uk.childrenscomplaints.complaint.infrastructure.BuiltBeans;
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
 * The relay started as Lambda starts it (no arguments: its own context with singletons made on first use, decision
 * 037). Its SnapStart priming (decision 039) plays a stream record naming a complaint no one has through its own
 * handler: nothing is written, sent or published, one line is logged, and every call is one its role in
 * template.yaml allows. Then it has built what relays and no intake, statistics, sweep, staff or retention bean; were
 * every singleton built at start again, that list would not be empty.
 */
@ExtendWith(LocalAwsExtension.class)
class RelayWiringAndPrimingIT {
    private final LocalAws aws;
    private final LocalEventBus bus = LocalEventBus.start();
    private final String table;

    RelayWiringAndPrimingIT(LocalAws aws) {
        this.aws = aws;
        this.table = aws.createFreshTable();
        aws.mailbox().clear();
    }

    @AfterEach
    void stop() {
        bus.close();
    }

    @Test
    void primingReadsAComplaintNoOneHasThroughTheHandlerChangesNothingAndBuildsOnlyTheRelay() throws Exception {
        try (AutoCloseable settings = BuiltBeans.settings(settings());
                OutboxRelayHandler handler = new OutboxRelayHandler()) {
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
            assertThat(bus.events()).as("events on the bus").isEmpty();
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0))
                    .contains("outbox relay: a stream record through the handler, 0 failed")
                    .doesNotContain("did not complete");
            assertThat(calls)
                    .contains(new AwsCall(
                            "dynamodb:GetItem", null, "COMPLAINT#" + SnapStartPriming.PRIMING_COMPLAINT_ID));
            assertThat(TemplatePermissions.of(SamTemplate.locate()).refused("OutboxRelayFunction", calls))
                    .isEmpty();

            BuiltBeans built = BuiltBeans.in(handler.getApplicationContext());
            Class<?>[] needed = {RelayingOwedNotifications.class, DynamoDbClient.class, SnapStartPriming.class};
            assertThat(built.builtOf(needed)).as("built: %s", built.ours()).isEqualTo(BuiltBeans.names(needed));
            assertThat(built.builtOf(
                            SubmittingComplaint.class,
                            ProducingStatistics.class,
                            ImportingPastComplaints.class,
                            RecordingCompliments.class,
                            RecordingCaseloads.class,
                            FindingComplaints.class,
                            HandlingComplaints.class,
                            ChasingLateResponses.class,
                            RecalculatingDeadlines.class,
                            SendingWeeklyTeamSummaries.class,
                            RemovingPersonalData.class))
                    .as("built: %s", built.ours())
                    .isEmpty();
        }
    }

    private Map<String, String> settings() {
        Map<String, String> s = new HashMap<>();
        s.put("aws.region", "eu-west-2");
        s.put("aws.accessKeyId", "local");
        s.put("aws.secretAccessKey", "local");
        s.put("complaints.table-name", table);
        s.put("complaints.bus-name", "complaints-test");
        s.put("complaints.sender", "complaints@council.example.org");
        s.put("complaints.team-mailbox", "complaints-team@council.example.org");
        s.put("aws.services.dynamodb.endpoint-override", aws.dynamoEndpoint().toString());
        s.put("aws.services.sesv2.endpoint-override", aws.sesEndpoint().toString());
        s.put("aws.services.eventbridge.endpoint-override", bus.endpoint().toString());
        return s;
    }
}
