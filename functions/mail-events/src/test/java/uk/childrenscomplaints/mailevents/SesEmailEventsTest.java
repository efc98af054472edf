package uk.childrenscomplaints.mailevents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.ports.Addressee;
import uk.childrenscomplaints.complaint.application.ports.MailEvent;
import uk.childrenscomplaints.json.JsonTree;
import uk.childrenscomplaints.local.standins.SamTemplate;

/** SES's EventBridge events, from the fixtures in events/, read into what the use case needs. */
class SesEmailEventsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode fixture(String name) throws IOException {
        return JSON.readTree(
                SamTemplate.repositoryRoot().resolve("events").resolve(name).toFile());
    }

    /** The handler gets the event as the runtime read it; here, as the fixture's text reads. */
    private static SesEmailEvents.Parsed parsedFrom(JsonNode event) {
        return SesEmailEvents.parse(event == null ? JsonTree.of(null) : JsonTree.parse(event.toString()));
    }

    private static MailEvent usable(JsonNode event) {
        SesEmailEvents.Parsed parsed = parsedFrom(event);
        assertThat(parsed).isInstanceOf(SesEmailEvents.Usable.class);
        return ((SesEmailEvents.Usable) parsed).event();
    }

    @Test
    void aPermanentBounceNamesTheMessageTheTagsAndTheBouncedAddress() throws IOException {
        MailEvent e = usable(fixture("ses-email-bounced.json"));
        assertThat(e.kind()).isEqualTo(MailEvent.Kind.BOUNCED);
        assertThat(e.messageId()).isEqualTo("0102018f5a1a0b1c-2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a-000000");
        assertThat(e.complaintId()).isEqualTo("00000000-0000-4000-8000-000000000041");
        assertThat(e.notice()).isEqualTo("acknowledgement");
        assertThat(e.taggedAddressee()).isEqualTo(Addressee.COMPLAINANT);
        assertThat(e.recipients()).containsExactly("alex.parent@example.org");
        assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-05-11T09:41:02.669Z"));
        assertThat(e.toString()).doesNotContain("alex.parent");
    }

    @Test
    void aTransientBounceIsNotAPermanentOne() throws IOException {
        ObjectNode event = (ObjectNode) fixture("ses-email-bounced.json");
        ((ObjectNode) event.path("detail").path("bounce")).put("bounceType", "Transient");
        assertThat(usable(event).kind()).isEqualTo(MailEvent.Kind.BOUNCED_FOR_NOW);
        ((ObjectNode) event.path("detail").path("bounce")).put("bounceType", "Undetermined");
        assertThat(usable(event).kind()).isEqualTo(MailEvent.Kind.BOUNCED_FOR_NOW);
    }

    @Test
    void aSpamReportNamesTheComplainingAddress() throws IOException {
        MailEvent e = usable(fixture("ses-email-complaint.json"));
        assertThat(e.kind()).isEqualTo(MailEvent.Kind.MARKED_AS_SPAM);
        assertThat(e.recipients()).containsExactly("alex.parent@example.org");
        assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-05-12T18:03:44Z"));
    }

    @Test
    void aDeliveryIsADelivery() throws IOException {
        MailEvent e = usable(fixture("ses-email-delivered.json"));
        assertThat(e.kind()).isEqualTo(MailEvent.Kind.DELIVERED);
        assertThat(e.taggedAddressee()).isEqualTo(Addressee.TEAM);
    }

    @Test
    void aRejectionIsAboutEveryDestinationAndTheDetailTypeSuffices() throws IOException {
        ObjectNode event = (ObjectNode) fixture("ses-email-bounced.json");
        event.put("detail-type", "Email Rejected");
        ObjectNode detail = (ObjectNode) event.path("detail");
        detail.remove("eventType");
        detail.remove("bounce");
        detail.putObject("reject").put("reason", "Bad content");
        MailEvent e = usable(event);
        assertThat(e.kind()).isEqualTo(MailEvent.Kind.REFUSED);
        assertThat(e.recipients()).containsExactly("alex.parent@example.org");
        assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-05-11T09:41:02Z"));
    }

    @Test
    void anEmailWithoutOurTagsHasNoComplaint() throws IOException {
        ObjectNode event = (ObjectNode) fixture("ses-email-bounced.json");
        ((ObjectNode) event.path("detail").path("mail"))
                .putObject("tags")
                .putArray("ses:configuration-set")
                .add("complaints-email");
        MailEvent e = usable(event);
        assertThat(e.complaintId()).isNull();
        assertThat(e.notice()).isNull();
        assertThat(e.taggedAddressee()).isNull();
    }

    @Test
    void anythingElseIsUnusableWithAReasonThatRepeatsNothingFromTheEvent() throws IOException {
        ObjectNode other = (ObjectNode) fixture("ses-email-bounced.json");
        other.put("source", "aws.s3");
        assertThat(parsedFrom(other)).isEqualTo(new SesEmailEvents.Unusable("not from SES"));
        ObjectNode noDetail = (ObjectNode) fixture("ses-email-bounced.json");
        noDetail.remove("detail");
        assertThat(parsedFrom(noDetail)).isEqualTo(new SesEmailEvents.Unusable("no SES email event in detail"));
        ObjectNode noType = (ObjectNode) fixture("ses-email-bounced.json");
        noType.put("detail-type", "Something New");
        ((ObjectNode) noType.path("detail")).remove("eventType");
        assertThat(parsedFrom(noType)).isEqualTo(new SesEmailEvents.Unusable("no SES event type"));
        assertThat(parsedFrom(JSON.readTree("[1]"))).isInstanceOf(SesEmailEvents.Unusable.class);
        assertThat(parsedFrom(null)).isInstanceOf(SesEmailEvents.Unusable.class);
    }
}
