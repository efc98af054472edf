package uk.childrenscomplaints.mailevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.ports.LetterKind;
import uk.childrenscomplaints.complaint.application.ports.LettersToPost;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbLettersToPost;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.TimelineEntry;
import uk.childrenscomplaints.local.standins.LocalAws;

/**
 * An email to the complainant that bounced after it was sent is re-made as a letter to post (decision 040), through
 * the real handler against dynalite: the acknowledgement that SES accepted and then bounced becomes one task on the
 * complaints team's list, however often EventBridge delivers the bounce.
 */
class BouncedEmailBecomesALetterIT extends MailEventsHarness {

    BouncedEmailBecomesALetterIT(LocalAws aws) {
        super(aws);
    }

    @Test
    void aBouncedAcknowledgementIsOwedOnceAsAnAcknowledgementLetterEvenWhenTheBounceComesTwice() throws IOException {
        Complaint complaint = submitted();
        LettersToPost letters = new DynamoDbLettersToPost(aws.dynamoDb(), table, Clock.systemUTC());
        assertThat(letters.of(complaint.id())).as("emailed, so no letter yet").isEmpty();

        MailEventResult first = handler.handleRequest(event("ses-email-bounced.json", complaint.id()), null);
        MailEventResult again = handler.handleRequest(event("ses-email-bounced.json", complaint.id()), null);

        assertThat(first.status()).isEqualTo("RECORDED");
        assertThat(again.status()).isEqualTo("ALREADY_RECORDED");
        assertThat(letters.of(complaint.id())).singleElement().satisfies(letter -> {
            assertThat(letter.kind()).isEqualTo(LetterKind.ACKNOWLEDGEMENT);
            assertThat(letter.key()).startsWith("remade-letter:acknowledgement:");
            assertThat(letter.reference()).isEqualTo(complaint.reference());
            assertThat(letter.posted()).isFalse();
        });
        assertThat(letters.waiting())
                .extracting(LettersToPost.LetterToPost::complaintId)
                .containsExactly(complaint.id());
        Complaint c = stored(complaint.id());
        assertThat(c.timeline())
                .filteredOn(e -> e.action().equals("letter to post"))
                .singleElement()
                .extracting(TimelineEntry::detail)
                .asString()
                .isEqualTo("No working email address: the acknowledgement letter is to be posted")
                .doesNotContain(COMPLAINANT);
        assertThat(c.parts().outbox()).as("settled: nothing left for the sweep").isEmpty();
        assertThat(aws.mailbox().emailsTo(COMPLAINANT))
                .as("only the acknowledgement that bounced")
                .hasSize(1);
    }

    @Test
    void aBouncedEmailToTheTeamOwesNoLetter() throws IOException {
        Complaint complaint = submitted();
        String teamBounce = new String(
                        java.nio.file.Files.readAllBytes(
                                uk.childrenscomplaints.local.standins.SamTemplate.repositoryRoot()
                                        .resolve("events")
                                        .resolve("ses-email-bounced.json")),
                        java.nio.charset.StandardCharsets.UTF_8)
                .replace(PLACEHOLDER_ID, complaint.id().value());
        assertThat(teamBounce).contains(COMPLAINANT);
        java.util.Map<String, Object> event = JSON.readValue(
                teamBounce.replace(COMPLAINANT, TEAM), new com.fasterxml.jackson.core.type.TypeReference<>() {});

        handler.handleRequest(event, null);

        assertThat(new DynamoDbLettersToPost(aws.dynamoDb(), table, Clock.systemUTC()).of(complaint.id()))
                .isEmpty();
    }
}
