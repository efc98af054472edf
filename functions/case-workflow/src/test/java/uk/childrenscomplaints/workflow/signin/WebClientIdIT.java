package uk.childrenscomplaints.workflow.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The staff web client's id comes from Parameter Store at the first sign-in (decision 013): read through the real SSM
 * client, against a local endpoint that answers as SSM does, once per container.
 */
class WebClientIdIT {

    private static final String PARAMETER = "/complaints/test/staff-web-client-id";

    private HttpServer ssm;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startSsm() throws IOException {
        System.setProperty("aws.region", "eu-west-2");
        System.setProperty("aws.accessKeyId", "test");
        System.setProperty("aws.secretAccessKey", "test");
        ssm = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ssm.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestHeaders().getFirst("X-Amz-Target") + " " + body);
            byte[] answer = ("{\"Parameter\":{\"Name\":\"" + PARAMETER + "\",\"Type\":\"String\","
                            + "\"Value\":\"4abc5def6ghi7jkl8mno9pqr0s\",\"Version\":1}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        ssm.start();
    }

    @AfterEach
    void stopSsm() {
        ssm.stop(0);
    }

    @Test
    void theIdIsReadFromParameterStoreAtFirstUseAndOnlyOnce() {
        Optional<String> endpoint =
                Optional.of("http://127.0.0.1:" + ssm.getAddress().getPort());
        WebClientId id =
                WebClientId.of("", PARAMETER, name -> StaffSignIn.FromEnvironment.readParameter(name, endpoint));

        assertThat(id.known()).isTrue();
        assertThat(requests).as("nothing is read before a request needs it").isEmpty();
        assertThat(id.value()).isEqualTo("4abc5def6ghi7jkl8mno9pqr0s");
        assertThat(id.value()).isEqualTo("4abc5def6ghi7jkl8mno9pqr0s");
        assertThat(requests).singleElement().satisfies(r -> {
            assertThat(r).startsWith("AmazonSSM.GetParameter ");
            assertThat(r).contains("\"Name\":\"" + PARAMETER + "\"");
        });
    }

    @Test
    void anIdGivenOutrightWinsAndNothingIsRead() {
        WebClientId id = WebClientId.of("local-client", PARAMETER, name -> {
            throw new AssertionError("Parameter Store must not be read");
        });

        assertThat(id.value()).isEqualTo("local-client");
        assertThat(new StaffSignIn("https://issuer", id, "https://sign-in", "", "").configured())
                .isTrue();
    }

    @Test
    void withNeitherTheIdNorItsParameterThePagesHaveNoSignIn() {
        WebClientId id = WebClientId.of("", "", name -> {
            throw new AssertionError("nothing to read");
        });

        assertThat(id.known()).isFalse();
        assertThat(new StaffSignIn("https://issuer", id, "https://sign-in", "", "").configured())
                .isFalse();
    }
}
