package uk.childrenscomplaints.reports.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
import uk.childrenscomplaints.complaint.infrastructure.SesTags;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;

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
    void aReportsRawSendNamesTheConfigurationSetAndNoComplaint() {
        new SesReportMailer(
                        ses,
                        FROM,
                        "Example County Council",
                        Clock.fixed(Instant.parse("2026-10-01T06:30:00Z"), ZoneOffset.UTC),
                        "complaints-email")
                .send(SampleReports.quarterlyMail());

        assertThat(aws.mailbox().emails()).hasSize(1);
        assertThat(sends).singleElement().satisfies(r -> {
            assertThat(r.configurationSetName()).isEqualTo("complaints-email");
            assertThat(tags(r))
                    .containsOnly(
                            Map.entry(SesTags.NOTICE, "quarterly-report"), Map.entry(SesTags.RECIPIENT, "manager"));
        });
    }
}
