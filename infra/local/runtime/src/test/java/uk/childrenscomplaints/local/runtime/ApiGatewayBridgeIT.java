package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.local.standins.SamTemplate;

class ApiGatewayBridgeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ApiGatewayBridge bridge;

    @BeforeAll
    static void start() {
        SamTemplate template = SamTemplate.load(Path.of("src/test/resources/bridge-template.yaml"));
        TemplateValues values = TemplateValues.of(template, Map.of(), Map.of("Greeting", "hello from the template"));
        bridge = ApiGatewayBridge.start(
                TemplateFunctions.from(template), 0, f -> values.resolveAll(f.logicalId(), f.environment()));
    }

    @AfterAll
    static void stop() {
        bridge.close();
    }

    @Test
    void aUrlencodedPostReachesTheHandlerAsAPayload2EventWithPathParametersAndQuery() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(url("/things/42?tag=a&tag=b&q=two%20words"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Custom", "Value")
                        .header("Cookie", "session=abc; theme=dark")
                        .POST(HttpRequest.BodyPublishers.ofString("name=Ann+Smith&age=9"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode echo = JSON.readTree(response.body());
        assertThat(echo.path("version").asText()).isEqualTo("2.0");
        assertThat(echo.path("routeKey").asText()).isEqualTo("POST /things/{id}");
        assertThat(echo.path("method").asText()).isEqualTo("POST");
        assertThat(echo.path("rawPath").asText()).isEqualTo("/things/42");
        assertThat(echo.path("httpPath").asText()).isEqualTo("/things/42");
        assertThat(echo.path("stage").asText()).isEqualTo("$default");
        assertThat(echo.path("requestId").asText()).isNotBlank();
        assertThat(echo.path("pathParameters").path("id").asText()).isEqualTo("42");
        assertThat(echo.path("rawQueryString").asText()).isEqualTo("tag=a&tag=b&q=two%20words");
        assertThat(echo.path("queryStringParameters").path("tag").asText()).isEqualTo("a,b");
        assertThat(echo.path("queryStringParameters").path("q").asText()).isEqualTo("two words");
        assertThat(echo.path("headers").path("x-custom").asText()).isEqualTo("Value");
        // As in API Gateway: cookies move out of the headers into their own list.
        assertThat(echo.path("headers").has("cookie")).isFalse();
        assertThat(echo.path("cookies").get(0).asText()).isEqualTo("session=abc");
        assertThat(echo.path("cookies").get(1).asText()).isEqualTo("theme=dark");
        // A form is not text to API Gateway, so it arrives base64-encoded.
        assertThat(echo.path("isBase64Encoded").asBoolean()).isTrue();
        assertThat(new String(Base64.getDecoder().decode(echo.path("body").asText())))
                .isEqualTo("name=Ann+Smith&age=9");
        assertThat(echo.path("functionName").asText()).isEqualTo("EchoFunction");
        assertThat(echo.path("remainingMillis").asInt()).isBetween(1, 7000);
        assertThat(echo.path("greeting").asText()).isEqualTo("hello from the template");
    }

    @Test
    void aJsonBodyArrivesAsTextAndTheResponseHeadersAndCookiesComeBack() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(url("/things/7"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        JsonNode echo = JSON.readTree(response.body());
        assertThat(echo.path("isBase64Encoded").asBoolean()).isFalse();
        assertThat(echo.path("body").asText()).isEqualTo("{\"a\":1}");
        assertThat(echo.path("queryStringParameters").isNull()).isTrue();
        assertThat(echo.path("rawQueryString").asText()).isEmpty();
        assertThat(response.headers().firstValue("X-Echo")).contains("yes");
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(response.headers().allValues("Set-Cookie")).containsExactly("a=1; Path=/", "b=2; Path=/");
    }

    @Test
    void aBinaryBodyIsSentBase64EncodedAndABase64ResponseIsDecoded() throws Exception {
        byte[] upload = {0, 1, 2, (byte) 0xfe, (byte) 0xff};
        HttpResponse<String> echoed = HTTP.send(
                HttpRequest.newBuilder(url("/things/bin"))
                        .header("Content-Type", "application/octet-stream")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(upload))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode echo = JSON.readTree(echoed.body());
        assertThat(echo.path("isBase64Encoded").asBoolean()).isTrue();
        assertThat(Base64.getDecoder().decode(echo.path("body").asText())).isEqualTo(upload);

        HttpResponse<byte[]> image = HTTP.send(
                HttpRequest.newBuilder(url("/files/img/logo.png")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(image.body()).isEqualTo(EchoHandler.PNG_BYTES);
    }

    @Test
    void aGreedyProxyTakesTheRestOfThePathButALiteralRouteWins() throws Exception {
        JsonNode greedy = JSON.readTree(get("/files/css/site/main.css").body());
        assertThat(greedy.path("routeKey").asText()).isEqualTo("GET /files/{proxy+}");
        assertThat(greedy.path("pathParameters").path("proxy").asText()).isEqualTo("css/site/main.css");

        JsonNode literal = JSON.readTree(get("/files/special").body());
        assertThat(literal.path("routeKey").asText()).isEqualTo("GET /files/special");
        assertThat(literal.path("pathParameters").isNull()).isTrue();
    }

    @Test
    void anUnknownRouteOrMethodIsNotFoundAsInApiGateway() throws Exception {
        HttpResponse<String> unknown = get("/nowhere");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"message\":\"Not Found\"}");

        assertThat(get("/things/42").statusCode()).isEqualTo(404);
        assertThat(get("/files").statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI url(String path) {
        return bridge.endpoint().resolve(path);
    }
}
