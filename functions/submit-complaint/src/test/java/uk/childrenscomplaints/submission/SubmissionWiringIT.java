package uk.childrenscomplaints.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.BinaryTypeConfiguration;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import io.micronaut.http.server.HttpServerConfiguration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import uk.childrenscomplaints.complaint.application.ports.Caseloads;
import uk.childrenscomplaints.complaint.application.ports.ComplaintLookup;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.Compliments;
import uk.childrenscomplaints.complaint.application.ports.Deliveries;
import uk.childrenscomplaints.complaint.application.ports.DomainEvents;
import uk.childrenscomplaints.complaint.application.ports.IntakeGate;
import uk.childrenscomplaints.complaint.application.ports.LimitCounters;
import uk.childrenscomplaints.complaint.application.ports.Mailer;
import uk.childrenscomplaints.complaint.application.reporting.ProducingStatistics;
import uk.childrenscomplaints.complaint.application.retention.RemovingPersonalData;
import uk.childrenscomplaints.complaint.infrastructure.BuiltBeans;
import uk.childrenscomplaints.complaint.infrastructure.ComplaintsConfiguration;
import uk.childrenscomplaints.complaint.infrastructure.SnapStartPriming;
import uk.childrenscomplaints.complaint.model.Teams;
import uk.childrenscomplaints.entrypoint.ApiFunction;
import uk.childrenscomplaints.web.CompiledPageViews;
import uk.childrenscomplaints.web.LazyThymeleafViews;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;

/**
 * The submission function started as Lambda starts it (no arguments: its own context, decision 037) builds the
 * intake and what a new complaint needs, and nothing that only the staff, sweep, report or retention functions use.
 * Were every singleton built at start again, the second list would not be empty.
 */
class SubmissionWiringIT {
    @RegisterExtension
    static final FunctionAppExtension function = SubmissionApp.extension();

    @Test
    void aNewComplaintPostedAsJsonBuildsTheIntakeAndNoStatisticsImportReportSearchOrRetentionBeans() throws Exception {
        try (AutoCloseable settings = BuiltBeans.settings(settings());
                ApiFunction handler = new ApiFunction()) {
            BuiltBeans built = BuiltBeans.in(handler.getApplicationContext());
            assertThat(built.builtOf(SubmittingComplaint.class, DynamoDbClient.class))
                    .as("nothing but configuration before the first request; built: %s", built.ours())
                    .isEmpty();

            APIGatewayV2HTTPEvent post = SubmissionApp.jsonPost(
                    SubmissionApp.jsonPost().getBody(), UUID.randomUUID().toString());
            APIGatewayV2HTTPResponse r = handler.handleRequest(post, new MockLambdaContext());

            assertThat(r.getStatusCode()).as(FunctionApp.body(r)).isEqualTo(201);
            assertThat(handler.getApplicationContext().containsBean(Context.class))
                    .as("the Lambda Context is not registered as a bean on each invocation (NoLambdaContextBeans)")
                    .isFalse();
            Class<?>[] needed = {
                SubmittingComplaint.class,
                Complaints.class,
                IntakeGate.class,
                DynamoDbClient.class,
                Teams.class,
                ComplaintsConfiguration.class,
                SnapStartPriming.class
            };
            assertThat(built.builtOf(needed)).as("built: %s", built.ours()).isEqualTo(BuiltBeans.names(needed));
            assertThat(built.builtOf(
                            ProducingStatistics.class,
                            ImportingPastComplaints.class,
                            SendingWeeklyTeamSummaries.class,
                            RecordingCompliments.class,
                            Compliments.class,
                            RecordingCaseloads.class,
                            Caseloads.class,
                            FindingComplaints.class,
                            ComplaintLookup.class,
                            RemovingPersonalData.class,
                            ChasingLateResponses.class,
                            RecalculatingDeadlines.class,
                            HandlingComplaints.class,
                            RecordingUndeliverableEmail.class,
                            Deliveries.class,
                            SecretsManagerClient.class,
                            // The request never sends (decision 035): the relay does.
                            SendingOwedNotifications.class,
                            Mailer.class,
                            SesV2Client.class,
                            DomainEvents.class,
                            EventBridgeClient.class,
                            LimitCounters.class))
                    .as("built: %s", built.ours())
                    .isEmpty();
        }
    }

    /**
     * Each of the function's own settings (application.properties, decision 043) reaches the context its handler
     * builds: were the file not read, every value here would be Micronaut's default instead (10 MB, no extra binary
     * types, no assets mapping, no compiled pages).
     */
    @Test
    void theFunctionsOwnSettingsFromItsPropertiesFileTakeEffect() throws Exception {
        try (AutoCloseable settings = BuiltBeans.settings(settings());
                ApiFunction handler = new ApiFunction()) {
            ApplicationContext context = handler.getApplicationContext();
            assertThat(context.getProperty("micronaut.application.name", String.class))
                    .contains("submit-complaint");
            assertThat(context.getBean(HttpServerConfiguration.class).getMaxRequestSize())
                    .isEqualTo(1024L * 1024L);
            assertThat(context.getProperty(CompiledPageViews.PACKAGE, String.class))
                    .contains("uk.childrenscomplaints.submission.pages");
            assertThat(context.containsBean(CompiledPageViews.class)).isTrue();
            assertThat(context.containsBean(LazyThymeleafViews.class)).isFalse();
            assertThat(context.getBean(BinaryTypeConfiguration.class).getAdditionalTypes())
                    .containsExactly(
                            "image/png",
                            "font/woff2",
                            "font/woff",
                            "application/font-woff",
                            "application/font-woff2",
                            "image/x-icon",
                            "image/vnd.microsoft.icon");
            assertThat(context.getProperty("micronaut.router.static-resources.govuk.mapping", String.class))
                    .contains("/assets/**");
            // The mapping's effect: an asset answered from classpath:public.
            APIGatewayV2HTTPResponse script =
                    handler.handleRequest(SubmissionApp.get("/assets/app.js"), new MockLambdaContext());
            assertThat(script.getStatusCode()).isEqualTo(200);
        }
    }

    /** The settings the template gives, pointed at this test's stand-ins and table. */
    private static Map<String, String> settings() {
        Map<String, String> s = new HashMap<>();
        SubmissionApp.SETTINGS.forEach((k, v) -> s.put(k, v.toString()));
        s.put(
                "aws.services.dynamodb.endpoint-override",
                function.aws().dynamoEndpoint().toString());
        s.put(
                "aws.services.sesv2.endpoint-override",
                function.aws().sesEndpoint().toString());
        s.put(
                "aws.services.eventbridge.endpoint-override",
                function.bus().endpoint().toString());
        s.put("complaints.table-name", function.table());
        return s;
    }
}
