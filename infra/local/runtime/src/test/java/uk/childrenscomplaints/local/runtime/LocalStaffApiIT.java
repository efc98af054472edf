package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.local.standins.SamTemplate;

/** The staff API through the whole local runtime: the emulated JWT authorizer in front of the real function. */
class LocalStaffApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = LocalRuntime.start(0);
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void theStaffRoutesComeFromTheTemplateWithTheirAuthorizer() {
        assertThat(runtime.bridge().routes())
                .filteredOn(r -> r.path().startsWith("/staff/"))
                .isNotEmpty()
                .allSatisfy(r -> {
                    assertThat(r.functionId()).isEqualTo("CaseWorkflowFunction");
                    // The pages' session is a cookie, which the function verifies itself (decision 011).
                    assertThat(r.authorizer()).isEqualTo(r.path().startsWith("/staff/pages/") ? "NONE" : "StaffJwt");
                });
        assertThat(runtime.bridge().routes()).extracting(HttpRoute::path).doesNotContain("/local/token");
        assertThat(runtime.welcome()).contains("huntingdon-manager").contains("/local/token");
    }

    @Test
    void withoutAnAuthorizationHeaderTheEmulatedAuthorizerAnswers401() throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(runtime.endpoint().resolve("/staff/complaints"))
                        .GET());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
    }

    @Test
    void aDemoTokenLogsAComplaintAndTheManagerOfItsTeamSeesIt() throws Exception {
        String officer = token("officer");
        String body = JSON.readTree(
                        Files.readString(SamTemplate.repositoryRoot().resolve("events/case-workflow-log.json")))
                .path("body")
                .asText()
                .replace(
                        "2027-01-04",
                        java.time.LocalDate.now(LocalRuntime.LONDON).toString());
        HttpResponse<String> logged =
                send(HttpRequest.newBuilder(runtime.endpoint().resolve("/staff/complaints"))
                        .header("Authorization", "Bearer " + officer)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
        assertThat(logged.headers().firstValue("Cache-Control")).contains("no-store");
        String id = JSON.readTree(logged.body()).path("id").asText();

        HttpResponse<String> managers =
                send(HttpRequest.newBuilder(runtime.endpoint().resolve("/staff/complaints"))
                        .header("Authorization", "Bearer " + token("huntingdon-manager"))
                        .GET());
        assertThat(managers.statusCode()).isEqualTo(200);
        assertThat(managers.body()).contains(id).doesNotContain("Robin");

        HttpResponse<String> other =
                send(HttpRequest.newBuilder(runtime.endpoint().resolve("/staff/complaints/" + id))
                        .header("Authorization", "Bearer " + token("ecf-manager"))
                        .GET());
        assertThat(other.statusCode()).isEqualTo(403);
    }

    @Test
    void aForgedOrExpiredTokenIsRefusedBeforeTheFunction() throws Exception {
        LocalStaffTokens forger = LocalStaffTokens.generate(Clock.systemUTC());
        String forged = forger.issue(forger.demoUser("director").orElseThrow());
        Instant anHourAgo = Instant.now().minusSeconds(3600);
        LocalStaffTokens real = runtime.bridge().tokens();
        String expired = real.sign(LocalStaffTokens.claims(
                real.demoUser("director").orElseThrow(), anHourAgo.minusSeconds(3600), anHourAgo));

        for (String token : new String[] {forged, expired}) {
            HttpResponse<String> response =
                    send(HttpRequest.newBuilder(runtime.endpoint().resolve("/staff/complaints"))
                            .header("Authorization", "Bearer " + token)
                            .GET());
            assertThat(response.statusCode()).isEqualTo(401);
        }
    }

    private static String token(String user) throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(runtime.endpoint().resolve("/local/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\"}")));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        return answer.path("token").asText();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
