package uk.childrenscomplaints.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import uk.childrenscomplaints.complaint.application.casework.FindingComplaints;
import uk.childrenscomplaints.complaint.application.casework.HandlingComplaints;
import uk.childrenscomplaints.complaint.application.casework.RecordingCaseloads;
import uk.childrenscomplaints.complaint.application.casework.RecordingCompliments;
import uk.childrenscomplaints.complaint.application.casework.RecordingUndeliverableEmail;
import uk.childrenscomplaints.complaint.application.deadlines.ChasingLateResponses;
import uk.childrenscomplaints.complaint.application.deadlines.RecalculatingDeadlines;
import uk.childrenscomplaints.complaint.application.deadlines.SendingOwedNotifications;
import uk.childrenscomplaints.complaint.application.deadlines.SendingWeeklyTeamSummaries;
import uk.childrenscomplaints.complaint.application.importing.ImportingPastComplaints;
import uk.childrenscomplaints.complaint.application.intake.SubmittingComplaint;
import uk.childrenscomplaints.complaint.application.ports.ComplaintLookup;
import uk.childrenscomplaints.complaint.application.ports.Deliveries;
import uk.childrenscomplaints.complaint.application.ports.IdempotencyKeys;
import uk.childrenscomplaints.complaint.application.ports.Mailer;
import uk.childrenscomplaints.complaint.application.reporting.ProducingStatistics;
import uk.childrenscomplaints.complaint.application.retention.RemovingPersonalData;
import uk.childrenscomplaints.complaint.infrastructure.BuiltBeans;
import uk.childrenscomplaints.complaint.infrastructure.SnapStartPriming;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;
import uk.childrenscomplaints.local.standins.LocalEventBus;

/**
 * Each of this jar's three handlers, started as Lambda starts it (no arguments: its own context, decision 037) and
 * invoked once with its schedule's event, has built its own use case and nothing another function uses. Were every
 * singleton built at start again, each "absent" list would not be empty.
 */
@ExtendWith(LocalAwsExtension.class)
class ScheduledWiringIT {
    /** Built by no scheduled function. */
    private static final Class<?>[] NO_SCHEDULED_FUNCTION_BUILDS = {
        SubmittingComplaint.class,
        IdempotencyKeys.class,
        ProducingStatistics.class,
        ImportingPastComplaints.class,
        RecordingCompliments.class,
        RecordingCaseloads.class,
        FindingComplaints.class,
        ComplaintLookup.class,
        HandlingComplaints.class,
        RecordingUndeliverableEmail.class,
        SecretsManagerClient.class
    };

    private final LocalAws aws;
    private final LocalEventBus bus = LocalEventBus.start();
    private final String table;

    ScheduledWiringIT(LocalAws aws) {
        this.aws = aws;
        this.table = aws.createFreshTable();
    }

    @AfterEach
    void stop() {
        bus.close();
    }

    @Test
    void theSweepOnThu_2026_12_24BuildsTheChasingAndRecalculationAndNoWeeklySummaryOrRetention() throws Exception {
        try (AutoCloseable settings = BuiltBeans.settings(settings());
                DeadlineCheckHandler handler = new DeadlineCheckHandler()) {
            handler.handleRequest(new SweepRequest("2026-12-24T07:00:00Z", "deadline-check"), null);

            BuiltBeans built = BuiltBeans.in(handler.getApplicationContext());
            Class<?>[] needed = {
                ChasingLateResponses.class,
                RecalculatingDeadlines.class,
                SendingOwedNotifications.class,
                DynamoDbClient.class,
                SnapStartPriming.class
            };
            assertThat(built.builtOf(needed)).as("built: %s", built.ours()).isEqualTo(BuiltBeans.names(needed));
            assertThat(built.builtOf(NO_SCHEDULED_FUNCTION_BUILDS))
                    .as("built: %s", built.ours())
                    .isEmpty();
            assertThat(built.builtOf(SendingWeeklyTeamSummaries.class, Deliveries.class, RemovingPersonalData.class))
                    .as("built: %s", built.ours())
                    .isEmpty();
        }
    }

    @Test
    void theWeeklySummaryOnMon_2026_11_23BuildsItsSummariesAndNoSweepOrRetention() throws Exception {
        try (AutoCloseable settings = BuiltBeans.settings(settings());
                WeeklyTeamSummaryHandler handler = new WeeklyTeamSummaryHandler()) {
            handler.handleRequest(new SweepRequest("2026-11-23T08:00:00Z", "weekly-team-summary"), null);

            BuiltBeans built = BuiltBeans.in(handler.getApplicationContext());
            Class<?>[] needed = {
                SendingWeeklyTeamSummaries.class,
                Deliveries.class,
                Mailer.class,
                SesV2Client.class,
                DynamoDbClient.class
            };
            assertThat(built.builtOf(needed)).as("built: %s", built.ours()).isEqualTo(BuiltBeans.names(needed));
            assertThat(built.builtOf(NO_SCHEDULED_FUNCTION_BUILDS))
                    .as("built: %s", built.ours())
                    .isEmpty();
            assertThat(built.builtOf(
                            ChasingLateResponses.class,
                            RecalculatingDeadlines.class,
                            SendingOwedNotifications.class,
                            RemovingPersonalData.class,
                            EventBridgeClient.class))
                    .as("built: %s", built.ours())
                    .isEmpty();
        }
    }

    @Test
    void theRetentionRunOnSun_2026_11_29BuildsNoMailerNoEventsAndNoSweep() throws Exception {
        try (AutoCloseable settings = BuiltBeans.settings(settings());
                RetentionHandler handler = new RetentionHandler()) {
            handler.handleRequest(new SweepRequest("2026-11-29T03:00:00Z", "retention"), null);

            BuiltBeans built = BuiltBeans.in(handler.getApplicationContext());
            Class<?>[] needed = {RemovingPersonalData.class, DynamoDbClient.class};
            assertThat(built.builtOf(needed)).as("built: %s", built.ours()).isEqualTo(BuiltBeans.names(needed));
            assertThat(built.builtOf(NO_SCHEDULED_FUNCTION_BUILDS))
                    .as("built: %s", built.ours())
                    .isEmpty();
            assertThat(built.builtOf(
                            SesV2Client.class,
                            Mailer.class,
                            EventBridgeClient.class,
                            ChasingLateResponses.class,
                            SendingOwedNotifications.class,
                            SendingWeeklyTeamSummaries.class))
                    .as("built: %s", built.ours())
                    .isEmpty();
        }
    }

    /** What the template gives these functions, pointed at this test's stand-ins and table. */
    private Map<String, String> settings() {
        Map<String, String> s = new HashMap<>();
        s.put("aws.region", "eu-west-2");
        s.put("aws.accessKeyId", "local");
        s.put("aws.secretAccessKey", "local");
        s.put("complaints.table-name", table);
        s.put("complaints.bus-name", "complaints-test");
        s.put("complaints.sender", SweepHarness.SENDER);
        s.put("complaints.team-mailbox", SweepHarness.TEAM);
        s.put("complaints.team-manager-list", "Huntingdon=" + SweepHarness.HUNTINGDON_MANAGER);
        s.put("aws.services.dynamodb.endpoint-override", aws.dynamoEndpoint().toString());
        s.put("aws.services.sesv2.endpoint-override", aws.sesEndpoint().toString());
        s.put("aws.services.eventbridge.endpoint-override", bus.endpoint().toString());
        return s;
    }
}
