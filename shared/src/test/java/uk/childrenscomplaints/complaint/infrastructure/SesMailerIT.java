package uk.childrenscomplaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.CreateEmailTemplateRequest;
import uk.childrenscomplaints.complaint.application.ports.DeliveryFailed;
import uk.childrenscomplaints.complaint.application.ports.Email;
import uk.childrenscomplaints.complaint.application.ports.EmailTemplate;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;
import uk.childrenscomplaints.local.standins.LocalStandIns;
import uk.childrenscomplaints.local.standins.SentEmail;

@ExtendWith(LocalAwsExtension.class)
class SesMailerIT {

    private static final String FROM = "complaints@council.test";
    private static final String PARENT = "pat@example.test";

    private final LocalAws aws;
    private final AtomicInteger templatesCreated = new AtomicInteger();
    private final SesV2Client ses;

    SesMailerIT(LocalAws aws) {
        this.aws = aws;
        this.ses = client(aws.sesEndpoint());
    }

    @AfterEach
    void close() {
        ses.close();
    }

    @Test
    void aNameWithMarkupArrivesEscapedInTheHtmlAndAsTypedInTheText() {
        mailer().send(acknowledgement("<script>alert(1)</script> Tom & Jerry", "Thursday 10 December 2026"));

        assertThat(aws.mailbox().emailsTo(PARENT)).singleElement().satisfies(email -> {
            assertThat(email.from()).isEqualTo(FROM);
            assertThat(email.subject()).contains("CC-2026-0001");
            assertThat(email.html())
                    .hasValueSatisfying(html -> assertThat(html)
                            .contains("&lt;script&gt;alert(1)&lt;/script&gt; Tom &amp; Jerry")
                            .doesNotContain("<script"));
            assertThat(email.text())
                    .hasValueSatisfying(text -> assertThat(text)
                            .contains("Your reference is CC-2026-0001")
                            .contains("We will reply by Thursday 10 December 2026")
                            .contains("0808 808 1001"));
        });
    }

    @Test
    void withoutAReplyDateTheEmailSaysWeWillWriteWithOne() {
        mailer().send(acknowledgement("Pat Example", ""));

        SentEmail email = aws.mailbox().emailsTo(PARENT).get(0);
        assertThat(email.text())
                .hasValueSatisfying(text -> assertThat(text)
                        .doesNotContain("We will reply by")
                        .contains("We will write to you to tell you when you can expect a reply"));
    }

    @Test
    void theTemplateIsCreatedOnceForTwoSends() {
        SesMailer mailer = mailer();

        mailer.send(acknowledgement("Pat Example", "Thursday 10 December 2026"));
        mailer.send(acknowledgement("Sam Example", "Thursday 10 December 2026"));

        assertThat(aws.mailbox().emailsTo(PARENT)).hasSize(2);
        assertThat(templatesCreated).hasValue(1);
    }

    @Test
    void aSecondContainerFindsTheTemplateAlreadyMadeAndStillSends() {
        mailer().send(acknowledgement("Pat Example", "Thursday 10 December 2026"));

        mailer().send(acknowledgement("Pat Example", "Thursday 10 December 2026"));

        assertThat(aws.mailbox().emailsTo(PARENT)).hasSize(2);
        assertThat(templatesCreated).hasValue(2);
    }

    @Test
    void aTemplateDeletedBehindOurBackIsMadeAgainAndTheSendRetried() {
        SesMailer mailer = mailer();
        mailer.send(acknowledgement("Pat Example", "Thursday 10 December 2026"));
        aws.mailbox().clear();

        mailer.send(acknowledgement("Pat Example", "Thursday 10 December 2026"));

        assertThat(aws.mailbox().emailsTo(PARENT)).hasSize(1);
        assertThat(templatesCreated).hasValue(2);
    }

    @Test
    void theWeeklySummarysRowsAreListedInOrderByEachAndEscapedInTheHtml() {
        String manager = "rows.manager@council.test";
        Map<String, String> overdue = Map.of(
                "reference",
                "CSC-2026-0002",
                "stage",
                "Stage 1: awaiting response",
                "what",
                "Stage 1 response",
                "dueOn",
                "Monday 9 November 2026",
                "overdue",
                "14 days overdue");
        Map<String, String> marked = Map.of(
                "reference",
                "CSC-2026-0001",
                "stage",
                "<b>Stage 2</b> & more",
                "what",
                "Stage 2 findings",
                "dueOn",
                "Thursday 26 November 2026",
                "overdue",
                "");
        mailer().send(new Email(
                EmailTemplate.WEEKLY_TEAM_SUMMARY,
                List.of(manager),
                List.of(),
                Map.of(
                        "team",
                        "Huntingdon & Ely",
                        "weekOf",
                        "Monday 23 November 2026",
                        "openCount",
                        "2",
                        "overdueCount",
                        "1",
                        "anyOpen",
                        "yes",
                        "anyOverdue",
                        "yes",
                        "councilName",
                        "Example County Council"),
                Map.of("complaints", List.of(overdue, marked))));

        assertThat(aws.mailbox().emailsTo(manager)).singleElement().satisfies(email -> {
            assertThat(email.subject())
                    .isEqualTo("Weekly complaints summary for Huntingdon & Ely: 1 overdue of 2 open"
                            + " – week of Monday 23 November 2026");
            assertThat(email.text())
                    .hasValueSatisfying(text -> assertThat(text)
                            .containsSubsequence(
                                    "CSC-2026-0002",
                                    "Stage 1 response – Monday 9 November 2026 (14 days overdue)",
                                    "CSC-2026-0001",
                                    "<b>Stage 2</b> & more"));
            assertThat(email.html())
                    .hasValueSatisfying(html -> assertThat(html)
                            .containsSubsequence("CSC-2026-0002", "14 days overdue", "CSC-2026-0001")
                            .contains("&lt;b&gt;Stage 2&lt;/b&gt; &amp; more", "Huntingdon &amp; Ely")
                            .doesNotContain("<b>Stage 2</b>"));
        });
    }

    @Test
    void theTeamNoticeGoesToTheTeamWithTheSummaryEscaped() {
        mailer().send(new Email(
                EmailTemplate.TEAM_NEW_COMPLAINT,
                List.of("team@council.test"),
                List.of("manager@council.test"),
                Map.ofEntries(
                        Map.entry("reference", "CC-2026-0001"),
                        Map.entry("receivedOn", "Thursday 26 November 2026"),
                        Map.entry("route", "Online"),
                        Map.entry("procedureName", "children's statutory procedure"),
                        Map.entry("team", "Huntingdon"),
                        Map.entry("categories", "Communication, Standards"),
                        Map.entry("respondBy", "Thursday 10 December 2026"),
                        Map.entry("lateMatter", "no"),
                        Map.entry("viaAdvocate", "no"),
                        Map.entry("relationship", "Grandparent"),
                        Map.entry("complainantName", "Pat Example"),
                        Map.entry("summary", "They did not call back <b>for weeks</b>."))));

        assertThat(aws.mailbox().emailsTo("team@council.test")).singleElement().satisfies(email -> {
            assertThat(email.cc()).containsExactly("manager@council.test");
            assertThat(email.subject()).isEqualTo("New complaint CC-2026-0001 – reply due Thursday 10 December 2026");
            assertThat(email.html())
                    .hasValueSatisfying(html -> assertThat(html)
                            .contains("&lt;b&gt;for weeks&lt;/b&gt;")
                            .contains("second respondent"));
        });
    }

    @Test
    void whenSesCannotBeReachedTheFailureNamesNoOne() throws IOException {
        URI closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        try (SesV2Client down = client(closedPort)) {
            SesMailer mailer = new SesMailer(down, FROM, EmailTemplates.fromClasspath());

            assertThatThrownBy(() -> mailer.send(acknowledgement("Pat Example", "Thursday 10 December 2026")))
                    .isInstanceOf(DeliveryFailed.class)
                    .hasMessageContaining("acknowledgement")
                    .hasMessageNotContaining("@")
                    .hasMessageNotContaining("Pat");
        }
    }

    private SesMailer mailer() {
        return new SesMailer(ses, FROM, EmailTemplates.fromClasspath());
    }

    private static Email acknowledgement(String name, String respondBy) {
        return new Email(
                EmailTemplate.ACKNOWLEDGEMENT,
                List.of(PARENT),
                List.of(),
                Map.of(
                        "complainantName", name,
                        "reference", "CC-2026-0001",
                        "receivedOn", "Thursday 26 November 2026",
                        "respondBy", respondBy,
                        "procedureName", "children's statutory procedure",
                        "statusLink", "",
                        "councilName", "Example County Council"));
    }

    private SesV2Client client(URI endpoint) {
        return SesV2Client.builder()
                .endpointOverride(endpoint)
                .region(LocalStandIns.REGION)
                .credentialsProvider(LocalStandIns.credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                        if (context.request() instanceof CreateEmailTemplateRequest) {
                            templatesCreated.incrementAndGet();
                        }
                    }
                }))
                .build();
    }
}
