package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What the runtime's tests send to a running {@link LocalRuntime}: form bodies, the staff API as a demo user, PDFs. */
final class RuntimeRequests {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private RuntimeRequests() {}

    record Logged(String id, String reference) {}

    /** A complaint the complaints team logged from a phone call today: a postal address, no email. */
    static Logged loggedByPhone(LocalRuntime runtime, String team) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("complainantName", "Jo Phoned");
        body.put("phone", "01632 960 123");
        body.put("address", "4 Mill Lane, Northmere, NM2 3BB");
        body.put("relationship", "parent_carer");
        body.put("viaAdvocate", false);
        body.put("childAge", 9);
        body.put("childGender", "female");
        body.put("team", team);
        body.put("issues", List.of("communication"));
        body.put("whatHappened", "Phoned to say nobody returned calls about the care plan.");
        body.put("procedure", "statutory_childrens");
        body.put("consent", true);
        body.put("route", "telephone");
        body.put("receivedOn", LocalDate.now(LocalRuntime.LONDON).toString());
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(runtime.endpoint().resolve("/staff/complaints"))
                        .header("Authorization", "Bearer " + token(runtime, "officer"))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode logged = JSON.readTree(r.body());
        return new Logged(logged.path("id").asText(), logged.path("reference").asText());
    }

    static HttpResponse<String> staffApiGet(LocalRuntime runtime, String path, String user) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(runtime.endpoint().resolve(path))
                        .header("Authorization", "Bearer " + token(runtime, user))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String token(LocalRuntime runtime, String user) {
        LocalStaffTokens tokens = runtime.bridge().tokens();
        return tokens.issue(tokens.demoUser(user).orElseThrow());
    }

    /** The PDF's text as PDFBox extracts it, white space run together (the letterhead's lines become spaces). */
    static String pdfText(HttpResponse<byte[]> r) throws Exception {
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    static String urlEncoded(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
