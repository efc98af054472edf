package uk.childrenscomplaints.reports.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.MessageTag;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;
import uk.childrenscomplaints.complaint.application.ports.SendMarker;
import uk.childrenscomplaints.complaint.infrastructure.SesTags;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;
import uk.childrenscomplaints.local.standins.SentEmail;
import uk.childrenscomplaints.local.standins.SesEventsPlayer;

/**
 * A report's raw send names the configuration set and carries the notice and recipient tags, but no complaint, as
 * shared's {@code SesConfigurationSetIT} checks for the templated sends. The SES emulator accepts both (it does not
 * store them, so the requests are read as the SDK sends them).
 */
@ExtendWith(LocalAwsExtension.class)
class SesReportMailerIT {
    private static final String FROM = "complaints@council.test";

    private final LocalAws aws;
    private final List<SendEmailRequest> sends = new CopyOnWriteArrayList<>();
    private SesV2Client ses;

    SesReportMailerIT(LocalAws aws) {
        this.aws = aws;
    }

    @BeforeEach
    void start() {
        aws.mailbox().clear();
        ses = aws.sesClientSeeing(sends::add);
    }

    @AfterEach
    void stop() {
        ses.close();
        aws.mailbox().clear();
    }

    private static Map<String, String> tags(SendEmailRequest r) {
        return r.emailTags().stream().collect(Collectors.toMap(MessageTag::name, MessageTag::value));
    }

    @Test
    void aReportsSendNamesTheConfigurationSetAndNoComplaint() {
        new SesReportMailer(ses, FROM, "Example County Council", "complaints-email")
                .send(SampleReports.quarterlyMail());

        assertThat(aws.mailbox().emails()).hasSize(1);
        assertThat(sends).singleElement().satisfies(r -> {
            assertThat(r.configurationSetName()).isEqualTo("complaints-email");
            assertThat(tags(r))
                    .containsOnly(
                            Map.entry(SesTags.NOTICE, "quarterly-report"), Map.entry(SesTags.RECIPIENT, "manager"));
        });
    }

    @Test
    void aReportNamesItsSendMarkerAsATagAndAsAHeaderTheEmulatorKeeps() {
        SendMarker marker = SendMarker.delivery("quarterly-report#2026-27#q2");
        new SesReportMailer(ses, FROM, "Example County Council", "complaints-email")
                .send(SampleReports.quarterlyMail(), marker);

        assertThat(tags(sends.get(0))).containsEntry(SesTags.SEND, marker.encoded());
        assertThat(SendMarker.parse(tags(sends.get(0)).get(SesTags.SEND))).contains(marker);
        assertThat(aws.mailbox().emails())
                .singleElement()
                .satisfies(e -> assertThat(e.attachments())
                        .extracting(SentEmail.Attachment::fileName)
                        .contains("complaints-2026-27-Q2.csv"));
        assertThat(new SesEventsPlayer(aws.sesEndpoint()).sentEvents())
                .singleElement()
                .satisfies(event -> assertThat(event.path("detail")
                                .path("mail")
                                .path("headers")
                                .toString())
                        .contains(SesTags.SEND_HEADER)
                        .contains(marker.encoded()));
    }
}
