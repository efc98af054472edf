package uk.childrenscomplaints.complaint.infrastructure;

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
import uk.childrenscomplaints.complaint.application.ports.Addressee;
import uk.childrenscomplaints.complaint.application.ports.Email;
import uk.childrenscomplaints.complaint.application.ports.EmailTemplate;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;

/**
 * Every send names the configuration set when one is configured, and carries the tags that tie a later bounce to the
 * complaint, the notice and the role, never an address. The SES emulator accepts both (it does not store them, so
 * the requests are read as the SDK sends them). The report mailer's raw send is checked in the reports function's
 * {@code SesReportMailerIT}.
 */
@ExtendWith(LocalAwsExtension.class)
class SesConfigurationSetIT {
    private static final String FROM = "complaints@council.test";
    private static final ComplaintId ID = new ComplaintId("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");

    private final LocalAws aws;
    private final List<SendEmailRequest> sends = new CopyOnWriteArrayList<>();
    private SesV2Client ses;

    SesConfigurationSetIT(LocalAws aws) {
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
    void everyTemplatedSendNamesTheConfigurationSetAndCarriesTheTags() {
        SesMailer mailer =
                new SesMailer(ses, FROM, EmailTemplates.fromClasspath(), "team@council.test", "complaints-email");
        for (EmailTemplate template : EmailTemplate.values()) {
            mailer.send(new Email(
                            template, List.of("someone@example.test"), List.of(), Map.of("reference", "CSC-2026-0041"))
                    .about(ID, Addressee.SECOND_RESPONDENT));
        }

        assertThat(aws.mailbox().emails())
                .as("the emulator accepted every send")
                .hasSize(EmailTemplate.values().length);
        assertThat(sends).hasSize(EmailTemplate.values().length).allSatisfy(r -> {
            assertThat(r.configurationSetName()).isEqualTo("complaints-email");
            assertThat(tags(r))
                    .containsEntry(SesTags.COMPLAINT_ID, ID.value())
                    .containsEntry(SesTags.RECIPIENT, "second-respondent")
                    .containsKey(SesTags.NOTICE);
            assertThat(r.emailTags()).allSatisfy(t -> assertThat(t.value()).matches("[A-Za-z0-9_-]{1,256}"));
        });
        assertThat(sends)
                .extracting(r -> tags(r).get(SesTags.NOTICE))
                .containsExactly(java.util.Arrays.stream(EmailTemplate.values())
                        .map(EmailTemplate::fileName)
                        .toArray(String[]::new));
    }

    @Test
    void withoutAConfigurationSetTheSendNamesNoneButKeepsTheTags() {
        new SesMailer(ses, FROM, EmailTemplates.fromClasspath(), null, "  ")
                .send(new Email(EmailTemplate.WEEKLY_TEAM_SUMMARY, List.of("manager@council.test"), List.of(), Map.of())
                        .addressedTo(Addressee.MANAGER));

        assertThat(sends).singleElement().satisfies(r -> {
            assertThat(r.configurationSetName()).isNull();
            assertThat(tags(r))
                    .containsOnly(
                            Map.entry(SesTags.NOTICE, "weekly-team-summary"), Map.entry(SesTags.RECIPIENT, "manager"));
        });
    }

    @Test
    void tagValuesKeepOnlyWhatSesAllows() {
        assertThat(SesTags.safe("stage1-overdue")).isEqualTo("stage1-overdue");
        assertThat(SesTags.safe("a.b@c d")).isEqualTo("a_b_c_d");
        assertThat(SesTags.safe("")).isEqualTo("none");
        assertThat(SesTags.safe("x".repeat(300))).hasSize(256);
    }
}
