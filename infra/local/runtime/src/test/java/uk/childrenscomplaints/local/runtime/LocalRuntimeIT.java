package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole runtime on a free port. The complaint-form journey joins this class when the form lands. */
class LocalRuntimeIT {

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
    void theTableFromTheTemplateExistsAndTheFunctionsSeeItsLocalName() {
        assertThat(runtime.standIns().dynamoDb().listTables().tableNames()).contains(runtime.tableName());
        assertThat(runtime.bridge().routes()).extracting(HttpRoute::routeKey)
                .contains("GET /complaints/new", "POST /complaints", "GET /assets/{proxy+}");
        assertThat(System.getProperty("aws.endpointUrlEventBridge")).isEqualTo(runtime.bus().endpoint().toString());
    }

    @Test
    void aPathNoFunctionServesIsNotFound() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(runtime.endpoint().resolve("/nowhere")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
    }
}
