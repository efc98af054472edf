package uk.childrenscomplaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.complaint.application.casework.HandlingComplaints;
import uk.childrenscomplaints.complaint.application.deadlines.ChasingLateResponses;
import uk.childrenscomplaints.complaint.application.deadlines.SendingOwedNotifications;
import uk.childrenscomplaints.complaint.application.importing.ImportingPastComplaints;
import uk.childrenscomplaints.complaint.application.intake.SubmittingComplaint;
import uk.childrenscomplaints.complaint.application.reporting.ProducingStatistics;
import uk.childrenscomplaints.complaint.model.Teams;

/**
 * The context every handler builds (decision 037) starts with its settings, the profile's teams and the CRaC priming
 * resource, in Micronaut's function and lambda environments, and with no use case and no SDK client: those wait for
 * the first request that reaches them. Micronaut's own Lambda builder would have built them all.
 */
class FunctionContextsTest {

    @Test
    void aFunctionStartsWithItsSettingsTeamsAndPrimingAndNoUseCaseOrClient() {
        try (ApplicationContext context = FunctionContexts.lambda().start()) {
            BuiltBeans built = BuiltBeans.in(context);

            assertThat(context.getEnvironment().getActiveNames()).contains("function", "lambda");
            assertThat(built.builtOf(ComplaintsConfiguration.class, Teams.class, SnapStartPriming.class))
                    .as("built: %s", built.ours())
                    .containsExactly("ComplaintsConfiguration", "Teams", "SnapStartPriming");
            assertThat(built.builtOf(
                            DynamoDbClient.class,
                            SesV2Client.class,
                            EventBridgeClient.class,
                            SecretsManagerClient.class,
                            TimescalePolicy.class,
                            SubmittingComplaint.class,
                            SendingOwedNotifications.class,
                            HandlingComplaints.class,
                            ChasingLateResponses.class,
                            ProducingStatistics.class,
                            ImportingPastComplaints.class))
                    .as("built: %s", built.ours())
                    .isEmpty();
        }
    }
}
