package uk.childrenscomplaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;

/** Every client the factory builds gives up in time, and the worst case fits inside every function's timeout. */
class SdkTimeoutsTest {
    private static final Duration API_GATEWAY_LIMIT = Duration.ofSeconds(30);
    /**
     * The most calls one HTTP request makes in a row against one stalled service and then still answers: a submission
     * with SES stalled tries the acknowledgement and the team notice, each failing and staying owed. With DynamoDB
     * stalled the first call fails and the request ends.
     */
    private static final int STALLED_CALLS_IN_ONE_REQUEST = 2;

    private static String regionBefore;

    @BeforeAll
    static void region() {
        regionBefore = System.getProperty("aws.region");
        System.setProperty("aws.region", "eu-west-2");
    }

    @AfterAll
    static void restoreRegion() {
        if (regionBefore == null) {
            System.clearProperty("aws.region");
        } else {
            System.setProperty("aws.region", regionBefore);
        }
    }

    @Test
    void everyClientTheFactoryBuildsHasTheCallAndAttemptTimeoutsAndThreeAttempts() {
        ComplaintsFactory factory = new ComplaintsFactory();
        Optional<String> local = Optional.of("http://localhost:1");
        List<SdkClient> clients =
                List.of(factory.dynamoDb(local), factory.eventBridge(local), factory.secretsManager(local));
        for (SdkClient client : clients) {
            try (client) {
                ClientOverrideConfiguration o =
                        client.serviceClientConfiguration().overrideConfiguration();
                assertThat(o.apiCallTimeout()).as(client.serviceName()).contains(SdkTimeouts.API_CALL);
                assertThat(o.apiCallAttemptTimeout()).as(client.serviceName()).contains(SdkTimeouts.ATTEMPT);
                assertThat(o.retryStrategy())
                        .as(client.serviceName())
                        .hasValueSatisfying(r -> assertThat(r.maxAttempts()).isEqualTo(SdkTimeouts.MAX_ATTEMPTS));
            }
        }
    }

    @Test
    void theSesClientSendsOnceACallWithinTheSameCallTimeout() {
        try (SdkClient ses = new ComplaintsFactory().ses(Optional.of("http://localhost:1"))) {
            ClientOverrideConfiguration o = ses.serviceClientConfiguration().overrideConfiguration();
            assertThat(o.apiCallTimeout()).contains(SdkTimeouts.API_CALL);
            assertThat(o.apiCallAttemptTimeout()).contains(SdkTimeouts.SEND_ATTEMPT);
            assertThat(o.retryStrategy().orElseThrow().maxAttempts()).isEqualTo(1);
            assertThat(SdkTimeouts.SEND_ATTEMPT).isLessThan(SdkTimeouts.API_CALL);
        }
    }

    @Test
    void attemptsTimesTheAttemptTimeoutIsCappedByTheCallTimeoutAndOutlastsNoAttempt() {
        assertThat(SdkTimeouts.ATTEMPT.multipliedBy(SdkTimeouts.MAX_ATTEMPTS)).isGreaterThan(SdkTimeouts.API_CALL);
        assertThat(SdkTimeouts.worstCall()).isEqualTo(SdkTimeouts.API_CALL);
        assertThat(SdkTimeouts.ATTEMPT).isGreaterThanOrEqualTo(SdkTimeouts.SOCKET);
        assertThat(SdkTimeouts.ATTEMPT).isGreaterThan(SdkTimeouts.CONNECT);
    }

    @Test
    void aRequestWithEveryStalledCallTimingOutAnswersWellInsideApiGatewayAndEveryFunctionsTimeout() throws IOException {
        Duration worstRequest =
                SdkTimeouts.ATTEMPT.multipliedBy(SdkTimeouts.MAX_ATTEMPTS).multipliedBy(STALLED_CALLS_IN_ONE_REQUEST);
        List<Duration> functionTimeouts = templateTimeouts();
        Duration shortest = functionTimeouts.stream().min(Duration::compareTo).orElseThrow();

        assertThat(functionTimeouts).hasSizeGreaterThanOrEqualTo(5);
        assertThat(shortest).isEqualTo(Duration.ofSeconds(30));
        // Half of the shortest limit: the rest is for cold start, the other calls and rendering the answer.
        assertThat(worstRequest).isLessThanOrEqualTo(API_GATEWAY_LIMIT.dividedBy(2));
        assertThat(worstRequest).isLessThanOrEqualTo(shortest.dividedBy(2));
    }

    /** Every {@code Timeout:} in template.yaml: the Globals one and each function's own. */
    private static List<Duration> templateTimeouts() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("template.yaml"))) {
            dir = dir.getParent();
        }
        Matcher m = Pattern.compile("(?m)^\\s+Timeout:\\s*(\\d+)\\s*$")
                .matcher(Files.readString(dir.resolve("template.yaml")));
        List<Duration> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(Duration.ofSeconds(Long.parseLong(m.group(1))));
        }
        return found;
    }
}
