package uk.childrenscomplaints.mailevents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.childrenscomplaints.complaint.application.deadlines.ChasingLateResponses;
import uk.childrenscomplaints.complaint.application.intake.NewComplaint;
import uk.childrenscomplaints.complaint.application.intake.PublicSubmission;
import uk.childrenscomplaints.complaint.application.intake.SubmissionResult;
import uk.childrenscomplaints.complaint.application.intake.SubmittingComplaint;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.Respondent;
import uk.childrenscomplaints.complaint.model.TimelineEntry;
import uk.childrenscomplaints.complaint.model.UndeliverableAddress;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.local.standins.SamTemplate;
import uk.childrenscomplaints.local.standins.SentEmail;

/**
 * The real handler over the fixtures in events/, against dynalite and the SES emulator: a complaint submitted through
 * the real use case, then SES's bounce of its acknowledgement. The timeline says so (without the address), the
 * complainant's address is stopped, the team hears exactly once however often EventBridge delivers the event, and the
 * sweep's later letter to the complainant is not sent.
 */
@ExtendWith(LocalAwsExtension.class)
class EmailEventHandlerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLACEHOLDER_ID = "00000000-0000-4000-8000-000000000041";
    private static final String COMPLAINANT = "alex.parent@example.org";
    private static final String TEAM = "complaints-team@council.example.org";
    private static final String BASE_URL = "https://complaints.council.example.org";

    private final LocalAws aws;
    private LocalEventBus bus;
    private ApplicationContext context;
    private String table;
    private EmailEventHandler handler;

    EmailEventHandlerIT(LocalAws aws) {
        this.aws = aws;
    }

    @BeforeEach
    void start() {
        System.setProperty("aws.region", "eu-west-2");
        System.setProperty("aws.accessKeyId", "local");
        System.setProperty("aws.secretAccessKey", "local");
        bus = LocalEventBus.start();
        table = aws.createFreshTable();
        aws.mailbox().clear();
        context = ApplicationContext.run(properties());
        handler = new EmailEventHandler(ApplicationContext.builder().properties(properties()));
    }

    @AfterEach
    void stop() {
        handler.close();
        context.close();
        bus.close();
        aws.mailbox().clear();
    }

    private Map<String, Object> properties() {
        Map<String, Object> props = new HashMap<>();
        props.put("complaints.table-name", table);
        props.put("complaints.bus-name", "complaints-test");
        props.put("complaints.sender", "complaints@council.example.org");
        props.put("complaints.team-mailbox", TEAM);
        props.put("complaints.public-base-url", BASE_URL);
        props.put("complaints.ses-configuration-set", "complaints-email");
        props.put(
                "aws.services.dynamodb.endpoint-override", aws.dynamoEndpoint().toString());
        props.put("aws.services.sesv2.endpoint-override", aws.sesEndpoint().toString());
        props.put("aws.services.eventbridge.endpoint-override", bus.endpoint().toString());
        return props;
    }

    /** Submitted through the real use case, as the public form does; its acknowledgement goes to the emulator. */
    private Complaint submitted() {
        NewComplaint form = new NewComplaint(
                "Alex Parent",
                COMPLAINANT,
                null,
                null,
                "parent_carer",
                false,
                "Sam",
                12,
                "female",
                false,
                "dont_know",
                List.of("communication"),
                "Nobody called back.",
                "A call every week",
                null,
                "statutory_childrens",
                true,
                null,
                null);
        SubmissionResult result = context.getBean(SubmittingComplaint.class)
                .submit(form, new PublicSubmission(PublicSubmission.Channel.FORM, "bounce-test-form-token", null));
        assertThat(result).isInstanceOf(SubmissionResult.Accepted.class);
        return ((SubmissionResult.Accepted) result).complaint();
    }

    /** A fixture from events/, as EventBridge delivers it, about the given complaint. */
    private static Map<String, Object> event(String fixture, ComplaintId about) throws IOException {
        String json = Files.readString(
                        SamTemplate.repositoryRoot().resolve("events").resolve(fixture))
                .replace(PLACEHOLDER_ID, about.value());
        return JSON.readValue(json, new TypeReference<>() {});
    }

    private Complaint stored(ComplaintId id) {
        return new DynamoDbComplaints(aws.dynamoDb(), table).find(id).orElseThrow();
    }

    private List<SentEmail> teamNoticesOfBounces() {
        return aws.mailbox().emailsTo(TEAM).stream()
                .filter(e -> e.subject().contains("bounced"))
                .toList();
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mail(Map<String, Object> event) {
        return (Map<String, Object>) ((Map<String, Object>) event.get("detail")).get("mail");
    }
}
