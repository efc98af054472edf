package uk.childrenscomplaints.local.standins;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One email as aws-ses-v2-local recorded it. Template sends are stored already rendered: the emulator keeps
 * neither the template name nor its data, so a test checks the rendered subject and body instead. A raw (MIME) send
 * is parsed by the emulator: its text and HTML parts become the body, its files the attachments.
 */
public record SentEmail(
        String messageId,
        String from,
        List<String> replyTo,
        List<String> to,
        List<String> cc,
        List<String> bcc,
        String subject,
        Optional<String> text,
        Optional<String> html,
        List<Attachment> attachments,
        Instant at) {

    /** One attached file, decoded. */
    public record Attachment(String fileName, String contentType, byte[] content) {
        public String text() {
            return new String(content, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static SentEmail from(JsonNode email) {
        JsonNode destination = email.path("destination");
        JsonNode body = email.path("body");
        return new SentEmail(
                email.path("messageId").asText(),
                email.path("from").asText(),
                strings(email.path("replyTo")),
                strings(destination.path("to")),
                strings(destination.path("cc")),
                strings(destination.path("bcc")),
                email.path("subject").asText(),
                part(body.path("text")),
                part(body.path("html")),
                StreamSupport.stream(email.path("attachments").spliterator(), false)
                        .map(a -> new Attachment(
                                a.path("filename").asText(),
                                a.path("contentType").asText(),
                                java.util.Base64.getDecoder()
                                        .decode(a.path("content").asText())))
                        .toList(),
                Instant.ofEpochSecond(email.path("at").asLong()));
    }

    /** Every recipient, as the SES bill would count them. */
    public List<String> recipients() {
        return Stream.of(to, cc, bcc).flatMap(List::stream).toList();
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    // A template without an HTML part comes back as "" rather than absent; both mean "no such part".
    private static Optional<String> part(JsonNode node) {
        return node.isTextual() && !node.asText().isEmpty() ? Optional.of(node.asText()) : Optional.empty();
    }
}
