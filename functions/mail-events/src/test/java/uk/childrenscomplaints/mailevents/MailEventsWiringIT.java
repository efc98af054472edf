package uk.childrenscomplaints.mailevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import uk.childrenscomplaints.complaint.application.casework.FindingComplaints;
import uk.childrenscomplaints.complaint.application.casework.HandlingComplaints;
import uk.childrenscomplaints.complaint.application.casework.RecordingCaseloads;
import uk.childrenscomplaints.complaint.application.casework.RecordingCompliments;
import uk.childrenscomplaints.complaint.application.casework.RecordingUndeliverableEmail;
import uk.childrenscomplaints.complaint.application.deadlines.ChasingLateResponses;
import uk.childrenscomplaints.complaint.application.deadlines.ConfirmingSends;
import uk.childrenscomplaints.complaint.application.deadlines.RecalculatingDeadlines;
import uk.childrenscomplaints.complaint.application.deadlines.SendingWeeklyTeamSummaries;
import uk.childrenscomplaints.complaint.application.importing.ImportingPastComplaints;
import uk.childrenscomplaints.complaint.application.intake.SubmittingComplaint;
import uk.childrenscomplaints.complaint.application.ports.Compliments;
import uk.childrenscomplaints.complaint.application.ports.IdempotencyKeys;
import uk.childrenscomplaints.complaint.application.reporting.ProducingStatistics;
import uk.childrenscomplaints.complaint.application.retention.RemovingPersonalData;
import uk.childrenscomplaints.complaint.infrastructure.BuiltBeans;
import uk.childrenscomplaints.complaint.infrastructure.SnapStartPriming;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;
import uk.childrenscomplaints.local.standins.LocalEventBus;

/**
 * The email events' handler, started as Lambda starts it (no arguments: its own context, decision 037) and given one
 * bounce from events/, has built what records a bounce and confirms a send, and no intake, statistics, sweep, staff
 * or retention bean. Were every singleton built at start again, the second list would not be empty.
 */
@ExtendWith(LocalAwsExtension.class)
class MailEventsWiringIT {
    private final LocalAws aws;
    private final LocalEventBus bus = LocalEventBus.start();

    MailEventsWiringIT(LocalAws aws) {
        this.aws = aws;
    }

    @AfterEach
    void stop() {
        bus.close();
    }

    @Test
    void aBounceBuildsTheBounceRecordingAndSendConfirmationAndNoIntakeStatisticsOrSweep() throws Exception {
        try (AutoCloseable settings = BuiltBeans.settings(settings());
                EmailEventHandler handler = new EmailEventHandler()) {
            MailEventResult result = handler.handleRequest(
                    MailEventsHarness.event("ses-email-bounced.json", ComplaintId.random()), null);

            assertThat(result).isNotNull();
            BuiltBeans built = BuiltBeans.in(handler.getApplicationContext());
            Class<?>[] needed = {
                RecordingUndeliverableEmail.class, ConfirmingSends.class, DynamoDbClient.class, SnapStartPriming.class
            };
            assertThat(built.builtOf(needed)).as("built: %s", built.ours()).isEqualTo(BuiltBeans.names(needed));
            assertThat(built.builtOf(
                            SubmittingComplaint.class,
                            IdempotencyKeys.class,
                            ProducingStatistics.class,
                            ImportingPastComplaints.class,
                            RecordingCompliments.class,
                            Compliments.class,
                            RecordingCaseloads.class,
                            FindingComplaints.class,
                            HandlingComplaints.class,
                            ChasingLateResponses.class,
                            RecalculatingDeadlines.class,
                            SendingWeeklyTeamSummaries.class,
                            RemovingPersonalData.class,
                            SecretsManagerClient.class))
                    .as("built: %s", built.ours())
                    .isEmpty();
        }
    }

    private Map<String, String> settings() {
        Map<String, String> s = new HashMap<>();
        s.put("aws.region", "eu-west-2");
        s.put("aws.accessKeyId", "local");
        s.put("aws.secretAccessKey", "local");
        s.put("complaints.table-name", aws.createFreshTable());
        s.put("complaints.bus-name", "complaints-test");
        s.put("complaints.sender", "complaints@council.example.org");
        s.put("complaints.team-mailbox", MailEventsHarness.TEAM);
        s.put("aws.services.dynamodb.endpoint-override", aws.dynamoEndpoint().toString());
        s.put("aws.services.sesv2.endpoint-override", aws.sesEndpoint().toString());
        s.put("aws.services.eventbridge.endpoint-override", bus.endpoint().toString());
        return s;
    }
}
