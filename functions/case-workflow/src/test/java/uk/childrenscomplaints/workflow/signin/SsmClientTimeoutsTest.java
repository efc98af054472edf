package uk.childrenscomplaints.workflow.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssm.SsmClient;
import uk.childrenscomplaints.complaint.infrastructure.SdkTimeouts;

/** The web client id's SSM read gives up in time too, like every client shared's factory builds (decision 017). */
class SsmClientTimeoutsTest {

    @Test
    void theParameterStoreClientHasTheCallAndAttemptTimeoutsAndThreeAttempts() {
        String before = System.getProperty("aws.region");
        System.setProperty("aws.region", Region.EU_WEST_2.id());
        try (SsmClient ssm = StaffSignIn.FromEnvironment.ssm(Optional.of("http://localhost:1"))) {
            ClientOverrideConfiguration o = ssm.serviceClientConfiguration().overrideConfiguration();
            assertThat(o.apiCallTimeout()).contains(SdkTimeouts.API_CALL);
            assertThat(o.apiCallAttemptTimeout()).contains(SdkTimeouts.ATTEMPT);
            assertThat(o.retryStrategy().orElseThrow().maxAttempts()).isEqualTo(SdkTimeouts.MAX_ATTEMPTS);
        } finally {
            if (before == null) {
                System.clearProperty("aws.region");
            } else {
                System.setProperty("aws.region", before);
            }
        }
    }
}
