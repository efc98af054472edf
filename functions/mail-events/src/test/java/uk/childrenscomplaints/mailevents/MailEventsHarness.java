package uk.childrenscomplaints.mailevents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.childrenscomplaints.complaint.application.deadlines.RelayingOwedNotifications;
import uk.childrenscomplaints.complaint.application.intake.NewComplaint;
import uk.childrenscomplaints.complaint.application.intake.PublicSubmission;
import uk.childrenscomplaints.complaint.application.intake.SubmissionResult;
import uk.childrenscomplaints.complaint.application.intake.SubmittingComplaint;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.local.standins.SamTemplate;
import uk.childrenscomplaints.local.standins.SentEmail;

/** What the mail-events ITs share: the real handler over a fresh table, dynalite, the SES emulator and a bus. */
@ExtendWith(LocalAwsExtension.class)
abstract class MailEventsHarness {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PLACEHOLDER_ID = "00000000-0000-4000-8000-000000000041";
    static final String COMPLAINANT = "alex.parent@example.org";
    static final String TEAM = "complaints-team@council.example.org";
    static final String BASE_URL = "https://complaints.council.example.org";

    final LocalAws aws;
    LocalEventBus bus;
    ApplicationContext context;
    String table;
    EmailEventHandler handler;

    MailEventsHarness(LocalAws aws) {
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

    Map<String, Object> properties() {
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

    /**
     * Submitted through the real use case, as the public form does, and relayed; its acknowledgement goes to the
     * emulator.
     */
    Complaint submitted() {
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
        Complaint complaint = ((SubmissionResult.Accepted) result).complaint();
        // The request sends nothing (decision 035): the relay the table's stream invokes in AWS, played here.
        context.getBean(RelayingOwedNotifications.class).relay(List.of(complaint.id()));
        return complaint;
    }

    /** A fixture from events/, as EventBridge delivers it, about the given complaint. */
    static Map<String, Object> event(String fixture, ComplaintId about) throws IOException {
        String json = Files.readString(
                        SamTemplate.repositoryRoot().resolve("events").resolve(fixture))
                .replace(PLACEHOLDER_ID, about.value());
        return JSON.readValue(json, new TypeReference<>() {});
    }

    Complaint stored(ComplaintId id) {
        return new DynamoDbComplaints(aws.dynamoDb(), table).find(id).orElseThrow();
    }

    List<SentEmail> teamNoticesOfBounces() {
        return aws.mailbox().emailsTo(TEAM).stream()
                .filter(e -> e.subject().contains("bounced"))
                .toList();
    }
}
