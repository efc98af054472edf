package uk.childrenscomplaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;
import uk.childrenscomplaints.complaint.application.ports.SendMarker;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.json.JsonTree;

/**
 * Decision 025: which failed sends may have reached SES (kept until SES confirms or the lease runs out), which did
 * not (given back at once), and how the send marker travels in SES's "Email Sent" event.
 */
class SesSendOutcomeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRefusedConnectionAThrottleOrAnSesErrorCertainlyDidNotSend() {
        assertThat(SesSendFailures.of("x", SdkClientException.create("no", new ConnectException("Connection refused")))
                        .outcomeUnknown())
                .isFalse();
        assertThat(SesSendFailures.of(
                                "x", SdkClientException.create("no", new SocketTimeoutException("connect timed out")))
                        .outcomeUnknown())
                .isFalse();
        assertThat(SesSendFailures.of(
                                "x",
                                TooManyRequestsException.builder()
                                        .statusCode(429)
                                        .message("Maximum sending rate exceeded.")
                                        .build())
                        .outcomeUnknown())
                .isFalse();
    }

    @Test
    void aTimeoutOrAResetAfterWritingMayHaveSent() {
        assertThat(SesSendFailures.of("x", ApiCallAttemptTimeoutException.create(4000))
                        .outcomeUnknown())
                .isTrue();
        assertThat(SesSendFailures.of("x", ApiCallTimeoutException.create(5000)).outcomeUnknown())
                .isTrue();
        assertThat(SesSendFailures.of(
                                "x", SdkClientException.create("no", new SocketTimeoutException("Read timed out")))
                        .outcomeUnknown())
                .isTrue();
        assertThat(SesSendFailures.of("x", SdkClientException.create("no", new SocketException("Connection reset")))
                        .outcomeUnknown())
                .isTrue();
    }

    @Test
    void aMarkerFitsAnSesTagAndReadsBackWithItsComplaint() {
        ComplaintId id = new ComplaintId("00000000-0000-4000-8000-000000000041");
        String longest = "email-undeliverable:bounced:complainant:acknowledgement:"
                + "0102018f5a1a0b1c-aa11bb22-cc33-4d44-8e55-ff6677889900-000000";
        for (SendMarker marker : java.util.List.of(
                SendMarker.notice(id, "acknowledgement"),
                SendMarker.notice(id, "due-date-moved:STAGE1_RESPONSE:2026-12-01:2026-12-02"),
                SendMarker.notice(id, longest),
                SendMarker.delivery("weekly-team-summary#2026-11-23#huntingdon"))) {
            assertThat(marker.encoded()).matches("[A-Za-z0-9_-]{3,256}");
            assertThat(SesTags.safe(marker.encoded())).isEqualTo(marker.encoded());
            assertThat(SendMarker.parse(marker.encoded())).contains(marker);
        }
        assertThat(SendMarker.parse("n_not-base64!")).isEmpty();
        assertThat(SendMarker.parse("x_YWJj")).isEmpty();
    }

    @Test
    void theSentEventFixtureNamesTheAcknowledgementOfItsComplaint() throws IOException {
        JsonNode event = JSON.readTree(Files.readString(events().resolve("ses-email-sent.json")));
        assertThat(SesSentEvents.read(JsonTree.parse(event.toString()))).hasValueSatisfying(sent -> {
            assertThat(sent.marker())
                    .isEqualTo(SendMarker.notice(
                            new ComplaintId("00000000-0000-4000-8000-000000000041"), "acknowledgement"));
            assertThat(sent.messageId().value()).startsWith("0102018f5a1a0b1c");
        });
        JsonNode bounced = JSON.readTree(Files.readString(events().resolve("ses-email-bounced.json")));
        assertThat(SesSentEvents.isSent(JsonTree.parse(bounced.toString()))).isFalse();
    }

    @Test
    void withoutTagsTheHeaderCarriesTheMarkerAsTheLocalEmulatorKeepsIt() throws IOException {
        JsonNode event = JSON.readTree(Files.readString(events().resolve("ses-email-sent.json")));
        ((com.fasterxml.jackson.databind.node.ObjectNode) event.path("detail").path("mail")).remove("tags");
        assertThat(SesSentEvents.read(JsonTree.parse(event.toString())))
                .hasValueSatisfying(sent -> assertThat(sent.marker().key()).isEqualTo("acknowledgement"));
    }

    private static Path events() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("events"))) {
            dir = dir.getParent();
        }
        return dir.resolve("events");
    }
}
