package uk.childrenscomplaints.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
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
import uk.childrenscomplaints.complaint.application.deadlines.AcknowledgementCap;
import uk.childrenscomplaints.complaint.application.deadlines.ChasingLateResponses;
import uk.childrenscomplaints.complaint.application.deadlines.SendingOwedNotifications;
import uk.childrenscomplaints.complaint.application.deadlines.SendingWeeklyTeamSummaries;
import uk.childrenscomplaints.complaint.application.importing.ImportingPastComplaints;
import uk.childrenscomplaints.complaint.application.intake.SubmittingComplaint;
import uk.childrenscomplaints.complaint.application.ports.Deliveries;
import uk.childrenscomplaints.complaint.application.ports.IdempotencyKeys;
import uk.childrenscomplaints.complaint.application.ports.LimitCounters;
import uk.childrenscomplaints.complaint.application.ports.Mailer;
import uk.childrenscomplaints.complaint.application.ports.ReportMailer;
import uk.childrenscomplaints.complaint.application.reporting.ProducingStatistics;
import uk.childrenscomplaints.complaint.application.reporting.SendingQuarterlyReport;
import uk.childrenscomplaints.complaint.application.retention.RemovingPersonalData;
import uk.childrenscomplaints.complaint.infrastructure.BuiltBeans;
import uk.childrenscomplaints.complaint.infrastructure.SnapStartPriming;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;

/**
 * The quarterly report's handler, started as Lambda starts it (no arguments: its own context, decision 037) and run
 * on 1 October 2026 for Q2, has built the statistics and the report's mailer, and no intake, outbox, sweep, staff or
 * retention bean. Were every singleton built at start again, the second list would not be empty.
 */
@ExtendWith(LocalAwsExtension.class)
class ReportsWiringIT {
    private final LocalAws aws;

    ReportsWiringIT(LocalAws aws) {
        this.aws = aws;
    }

    @Test
    void theReportOnThu_2026_10_01BuildsTheStatisticsAndReportMailerAndNoIntakeOrOutbox() throws Exception {
        try (AutoCloseable settings = BuiltBeans.settings(settings());
                QuarterlyReportHandler handler = new QuarterlyReportHandler()) {
            QuarterlyReportResult result = handler.handleRequest(
                    new QuarterlyReportRequest("2026-10-01T06:30:00Z", "quarterly-report", null, null), null);

            assertThat(result).isNotNull();
            BuiltBeans built = BuiltBeans.in(handler.getApplicationContext());
            Class<?>[] needed = {
                SendingQuarterlyReport.class,
                ProducingStatistics.class,
                ReportMailer.class,
                Deliveries.class,
                SesV2Client.class,
                DynamoDbClient.class,
                SnapStartPriming.class
            };
            assertThat(built.builtOf(needed)).as("built: %s", built.ours()).isEqualTo(BuiltBeans.names(needed));
            assertThat(built.builtOf(
                            SubmittingComplaint.class,
                            IdempotencyKeys.class,
                            LimitCounters.class,
                            AcknowledgementCap.class,
                            SendingOwedNotifications.class,
                            Mailer.class,
                            EventBridgeClient.class,
                            ChasingLateResponses.class,
                            SendingWeeklyTeamSummaries.class,
                            HandlingComplaints.class,
                            RecordingCompliments.class,
                            RecordingCaseloads.class,
                            ImportingPastComplaints.class,
                            FindingComplaints.class,
                            RecordingUndeliverableEmail.class,
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
        s.put("complaints.sender", "complaints@council.test");
        s.put("complaints.team-mailbox", "complaints-team@council.test");
        s.put("complaints.complaints-manager-email", "complaints.manager@council.test");
        s.put("aws.services.dynamodb.endpoint-override", aws.dynamoEndpoint().toString());
        s.put("aws.services.sesv2.endpoint-override", aws.sesEndpoint().toString());
        return s;
    }
}
