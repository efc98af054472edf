package uk.childrenscomplaints.local.standins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

/** What the SES emulator has "sent", read through its own store API rather than through SES. */
public final class SesMailbox {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI endpoint;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public SesMailbox(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** In the order they were sent. */
    public List<SentEmail> emails() {
        JsonNode store =
                readJson(send(HttpRequest.newBuilder(endpoint.resolve("/store")).GET()));
        return StreamSupport.stream(store.path("emails").spliterator(), false)
                .map(SentEmail::from)
                .toList();
    }

    public List<SentEmail> emailsTo(String address) {
        return emails().stream().filter(e -> e.recipients().contains(address)).toList();
    }

    /** Forgets every email, and every SES template too: the emulator clears both at once. */
    public void clear() {
        send(HttpRequest.newBuilder(endpoint.resolve("/clear-store")).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("SES emulator answered " + response.statusCode() + " to "
                        + response.request().uri().getPath());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("SES emulator at " + endpoint + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the SES emulator", e);
        }
    }

    private static JsonNode readJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("SES emulator store is not JSON", e);
        }
    }
}
