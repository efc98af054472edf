package uk.childrenscomplaints.workflow.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.BinaryTypeConfiguration;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.views.ViewsConfiguration;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import uk.childrenscomplaints.complaint.application.access.ExportingSubjectAccess;
import uk.childrenscomplaints.complaint.application.access.RecordingAccess;
import uk.childrenscomplaints.complaint.application.casework.FindingComplaints;
import uk.childrenscomplaints.complaint.application.casework.HandlingComplaints;
import uk.childrenscomplaints.complaint.application.casework.RecordingCaseloads;
import uk.childrenscomplaints.complaint.application.casework.RecordingCompliments;
import uk.childrenscomplaints.complaint.application.casework.RecordingUndeliverableEmail;
import uk.childrenscomplaints.complaint.application.deadlines.ChasingLateResponses;
import uk.childrenscomplaints.complaint.application.deadlines.RecalculatingDeadlines;
import uk.childrenscomplaints.complaint.application.deadlines.SendingWeeklyTeamSummaries;
import uk.childrenscomplaints.complaint.application.importing.ImportingPastComplaints;
import uk.childrenscomplaints.complaint.application.ports.Caseloads;
import uk.childrenscomplaints.complaint.application.ports.ComplaintLookup;
import uk.childrenscomplaints.complaint.application.ports.Compliments;
import uk.childrenscomplaints.complaint.application.ports.Deliveries;
import uk.childrenscomplaints.complaint.application.reporting.ProducingStatistics;
import uk.childrenscomplaints.complaint.application.reporting.SendingQuarterlyReport;
import uk.childrenscomplaints.complaint.application.retention.RemovingPersonalData;
import uk.childrenscomplaints.complaint.infrastructure.BuiltBeans;
import uk.childrenscomplaints.complaint.infrastructure.SnapStartPriming;
import uk.childrenscomplaints.complaint.model.Teams;
import uk.childrenscomplaints.entrypoint.ApiFunction;
import uk.childrenscomplaints.web.CompiledPageViews;
import uk.childrenscomplaints.web.LazyThymeleafViews;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.WorkflowApp;

/**
 * The staff function started as Lambda starts it (no arguments: its own context, decision 037) and asked for the
 * complaints list once builds what that route reaches, and none of the statistics, import, compliments, caseload,
 * search, subject access, sweep, report or retention beans, which wait for their own routes or functions. Were every
 * singleton built at start again, the second list would not be empty.
 */
class StaffWiringIT {
    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.api("2027-01-04T10:00:00Z");

    @Test
    void theComplaintsListOnMon_2027_01_04BuildsCaseworkAndNoStatisticsImportSearchOrScheduledBeans() throws Exception {
        try (AutoCloseable settings = BuiltBeans.settings(settings());
                ApiFunction handler = new ApiFunction()) {
            APIGatewayV2HTTPResponse r =
                    handler.handleRequest(WorkflowApp.list(WorkflowApp.OFFICER, Map.of()), new MockLambdaContext());

            assertThat(r.getStatusCode()).as(FunctionApp.body(r)).isEqualTo(200);
            BuiltBeans built = BuiltBeans.in(handler.getApplicationContext());
            Class<?>[] needed = {
                HandlingComplaints.class,
                RecordingAccess.class,
                DynamoDbClient.class,
                Teams.class,
                SnapStartPriming.class
            };
            assertThat(built.builtOf(needed)).as("built: %s", built.ours()).isEqualTo(BuiltBeans.names(needed));
            assertThat(built.builtOf(
                            ProducingStatistics.class,
                            ImportingPastComplaints.class,
                            RecordingCompliments.class,
                            Compliments.class,
                            RecordingCaseloads.class,
                            Caseloads.class,
                            FindingComplaints.class,
                            ComplaintLookup.class,
                            ExportingSubjectAccess.class,
                            ChasingLateResponses.class,
                            RecalculatingDeadlines.class,
                            SendingWeeklyTeamSummaries.class,
                            SendingQuarterlyReport.class,
                            Deliveries.class,
                            RecordingUndeliverableEmail.class,
                            RemovingPersonalData.class,
                            SecretsManagerClient.class))
                    .as("built: %s", built.ours())
                    .isEmpty();
        }
    }

    /**
     * Each of the function's own settings (application.properties, decision 043) reaches the context its handler
     * builds: were the file not read, these would be Micronaut's defaults (10 MB, no PDF as binary, its own Thymeleaf).
     */
    @Test
    void theFunctionsOwnSettingsFromItsPropertiesFileTakeEffect() throws Exception {
        try (AutoCloseable settings = BuiltBeans.settings(settings());
                ApiFunction handler = new ApiFunction()) {
            ApplicationContext context = handler.getApplicationContext();
            assertThat(context.getProperty("micronaut.application.name", String.class))
                    .contains("case-workflow");
            assertThat(context.getBean(HttpServerConfiguration.class).getMaxRequestSize())
                    .isEqualTo(6L * 1024L * 1024L);
            assertThat(context.getBean(ViewsConfiguration.class).getFolder()).isEqualTo("views/");
            assertThat(context.containsBean(ThymeleafViewsRenderer.class)).isFalse();
            // The staff pages are Thymeleaf's, built on the first page; only the submission function's are compiled
            // (decision 044), and the two renderers never stand side by side.
            assertThat(context.containsBean(LazyThymeleafViews.class)).isTrue();
            assertThat(context.containsBean(CompiledPageViews.class)).isFalse();
            assertThat(context.getBean(BinaryTypeConfiguration.class).getAdditionalTypes())
                    .containsExactly("application/pdf");
        }
    }

    private static Map<String, String> settings() {
        Map<String, String> s = new HashMap<>();
        WorkflowApp.SETTINGS.forEach((k, v) -> s.put(k, v.toString()));
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
