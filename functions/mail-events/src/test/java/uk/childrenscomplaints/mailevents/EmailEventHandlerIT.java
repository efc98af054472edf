package uk.childrenscomplaints.mailevents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.deadlines.ChasingLateResponses;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.Respondent;
import uk.childrenscomplaints.complaint.model.TimelineEntry;
import uk.childrenscomplaints.complaint.model.UndeliverableAddress;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.SesEventsPlayer;

/**
 * The real handler over the fixtures in events/, against dynalite and the SES emulator: a complaint submitted through
 * the real use case, then SES's bounce of its acknowledgement. The timeline says so (without the address), the
 * complainant's address is stopped, the team hears exactly once however often EventBridge delivers the event, and the
 * sweep's later letter to the complainant is not sent.
 */
class EmailEventHandlerIT extends MailEventsHarness {

    EmailEventHandlerIT(LocalAws aws) {
        super(aws);
    }

    @Test
    void aHardBounceOfTheAcknowledgementIsRecordedStopsTheAddressAndTellsTheTeamOnce() throws IOException {
        Complaint complaint = submitted();
        assertThat(aws.mailbox().emailsTo(COMPLAINANT)).hasSize(1);

        MailEventResult first = handler.handleRequest(event("ses-email-bounced.json", complaint.id()), null);
        MailEventResult again = handler.handleRequest(event("ses-email-bounced.json", complaint.id()), null);

        assertThat(first.status()).isEqualTo("RECORDED");
        assertThat(first.recorded()).isEqualTo(1);
        assertThat(first.teamNotified()).isEqualTo(1);
        assertThat(again.status()).isEqualTo("ALREADY_RECORDED");
        assertThat(JSON.writeValueAsString(first) + JSON.writeValueAsString(again))
                .doesNotContain(COMPLAINANT);

        Complaint c = stored(complaint.id());
        assertThat(c.mayEmailComplainant()).isFalse();
        assertThat(c.parts().complainantEmailUndeliverable().reason()).isEqualTo(UndeliverableAddress.Reason.BOUNCED);
        assertThat(c.timeline())
                .filteredOn(e -> e.action().equals("email bounced"))
                .singleElement()
                .extracting(TimelineEntry::detail)
                .asString()
                .contains("The acknowledgement to the complainant bounced on 11 May 2026 at 10:41")
                .doesNotContain(COMPLAINANT);

        assertThat(teamNoticesOfBounces()).singleElement().satisfies(email -> {
            assertThat(email.subject())
                    .isEqualTo(complaint.reference() + ": the acknowledgement to the complainant bounced");
            assertThat(email.text().orElseThrow())
                    .contains("The acknowledgement to the complainant of " + complaint.reference()
                            + " bounced: write or phone instead.")
                    .contains(BASE_URL + "/staff/pages/complaints/"
                            + complaint.id().value())
                    .doesNotContain(COMPLAINANT);
        });
    }

    @Test
    void theSweepsLaterLetterToTheComplainantIsNotSentToTheBouncedAddress() throws IOException {
        Complaint complaint = submitted();
        handler.handleRequest(event("ses-email-bounced.json", complaint.id()), null);
        Complaint c = stored(complaint.id());
        long version = c.version();
        c.assignRespondents(
                new Respondent("Sam Respondent", "sam.respondent@council.example.org", false),
                null,
                new uk.childrenscomplaints.complaint.model.Change(
                        "officer@council.example.org", Clock.systemUTC().instant()));
        assertThat(new DynamoDbComplaints(aws.dynamoDb(), table).save(c, version))
                .isEqualTo(Complaints.SaveResult.SAVED);

        // Three weeks after the Stage 1 due date the sweep flags Stage 2 entitlement, which owes the complainant a
        // letter.
        LocalDate late = c.parts().stage1().dueOn().plusWeeks(3);
        ChasingLateResponses.Counts counts =
                context.getBean(ChasingLateResponses.class).run(late, () -> true);

        assertThat(counts.flagged()).isEqualTo(1);
        assertThat(aws.mailbox().emailsTo(TEAM)).anyMatch(e -> e.subject().contains("Stage 2"));
        assertThat(aws.mailbox().emailsTo(COMPLAINANT))
                .as("only the acknowledgement that bounced")
                .hasSize(1);
        assertThat(stored(complaint.id()).parts().outbox()).isEmpty();
    }

    @Test
    void aSpamReportStopsTheAddressToo() throws IOException {
        Complaint complaint = submitted();
        MailEventResult result = handler.handleRequest(event("ses-email-complaint.json", complaint.id()), null);
        assertThat(result.kind()).isEqualTo("spam");
        assertThat(result.status()).isEqualTo("RECORDED");
        assertThat(stored(complaint.id())
                        .parts()
                        .complainantEmailUndeliverable()
                        .reason())
                .isEqualTo(UndeliverableAddress.Reason.MARKED_AS_SPAM);
        assertThat(aws.mailbox().emailsTo(TEAM))
                .filteredOn(e -> e.subject().contains("reported as spam"))
                .hasSize(1);
    }

    @Test
    void aDeliveryAReportAndAMalformedEventChangeNothing() throws IOException {
        Complaint complaint = submitted();
        long version = stored(complaint.id()).version();
        int emails = aws.mailbox().emails().size();

        assertThat(handler.handleRequest(event("ses-email-delivered.json", complaint.id()), null)
                        .status())
                .isEqualTo("NO_CHANGE");
        Map<String, Object> report = event("ses-email-bounced.json", complaint.id());
        Map<String, Object> reportMail = mail(report);
        reportMail.put("tags", Map.of("notice", List.of("quarterly-report"), "recipient", List.of("manager")));
        assertThat(handler.handleRequest(report, null).status()).isEqualTo("NOT_ABOUT_A_COMPLAINT");
        Map<String, Object> broken = event("ses-email-bounced.json", complaint.id());
        mail(broken).remove("messageId");
        assertThat(handler.handleRequest(broken, null).status()).isEqualTo("MALFORMED");
        MailEventResult notSes =
                handler.handleRequest(Map.of("source", "aws.s3", "detail", Map.of("email", COMPLAINANT)), null);
        assertThat(notSes.status()).isEqualTo("UNUSABLE");
        assertThat(JSON.writeValueAsString(notSes)).doesNotContain(COMPLAINANT);

        assertThat(stored(complaint.id()).version()).isEqualTo(version);
        assertThat(aws.mailbox().emails()).hasSize(emails);
    }

    /**
     * Decision 025: SES's "Email Sent" events, played from what the emulator accepted through template.yaml's rule.
     * For sends their sender marked, they change nothing; for sends whose sender heard no answer (its lease kept,
     * the notices still owed), they mark each sent once, with SES's message id, and a second delivery changes nothing.
     */
    @Test
    void emailSentEventsMarkTheNoticesWhoseSenderHeardNoAnswerOnceAndChangeNothingElse() {
        Complaint complaint = submitted();
        SesEventsPlayer sesEvents = new SesEventsPlayer(aws.sesEndpoint(), bus);
        List<com.fasterxml.jackson.databind.JsonNode> played = sesEvents.playNew();
        assertThat(played).hasSize(2);
        assertThat(bus.events())
                .filteredOn(e -> e.source().equals("aws.ses"))
                .hasSize(2)
                .allSatisfy(
                        e -> assertThat(e.matchedRules()).containsExactly("MailEventsFunction.SesDeliveryProblems"));
        long version = stored(complaint.id()).version();
        int entries = stored(complaint.id()).timeline().size();
        for (var event : played) {
            assertThat(handler.handleRequest(asMap(event), null).status()).isEqualTo("ALREADY_MARKED");
        }
        assertThat(stored(complaint.id()).timeline()).hasSize(entries);

        // As a sender whose sends timed out leaves it: both still owed, each under a kept lease.
        long lease = Clock.systemUTC().instant().plusSeconds(600).getEpochSecond();
        aws.dynamoDb()
                .updateItem(r -> r.tableName(table)
                        .key(Map.of(
                                "pk",
                                software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(
                                        "COMPLAINT#" + complaint.id().value()),
                                "sk",
                                software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("COMPLAINT")))
                        .updateExpression(
                                "DELETE notificationsSent :keys ADD outbox :keys SET #a = :lease, #t = :lease")
                        .expressionAttributeNames(Map.of("#a", "lease:acknowledgement", "#t", "lease:team-notice"))
                        .expressionAttributeValues(Map.of(
                                ":keys",
                                software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromSs(
                                        List.of("acknowledgement", "team-notice")),
                                ":lease",
                                software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN(
                                        String.valueOf(lease)))));

        for (var event : played) {
            MailEventResult result = handler.handleRequest(asMap(event), null);
            assertThat(result.status()).isEqualTo("CONFIRMED");
            assertThat(result.complaintId()).isEqualTo(complaint.id().value());
        }
        for (var event : played) {
            assertThat(handler.handleRequest(asMap(event), null).status()).isEqualTo("ALREADY_MARKED");
        }
        Complaint c = stored(complaint.id());
        assertThat(c.parts().outbox()).isEmpty();
        assertThat(c.parts().notificationsSent()).contains("acknowledgement", "team-notice");
        assertThat(c.version()).isEqualTo(version);
        assertThat(c.timeline())
                .filteredOn(e -> e.detail().contains("confirmed sent by the mail service"))
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.detail()).doesNotContain(COMPLAINANT));
        assertThat(aws.mailbox().emails()).hasSize(2);
    }

    private static Map<String, Object> asMap(com.fasterxml.jackson.databind.JsonNode event) {
        return JSON.convertValue(event, new TypeReference<>() {});
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mail(Map<String, Object> event) {
        return (Map<String, Object>) ((Map<String, Object>) event.get("detail")).get("mail");
    }
}
