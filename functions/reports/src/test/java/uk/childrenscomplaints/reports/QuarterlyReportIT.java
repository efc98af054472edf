package uk.childrenscomplaints.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.childrenscomplaints.clock.infrastructure.BankHolidaySource;
import uk.childrenscomplaints.complaint.application.reporting.ProducingStatistics;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbCaseloads;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbCompliments;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.OpenCaseload;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.model.Teams;
import uk.childrenscomplaints.complaint.statistics.Period;
import uk.childrenscomplaints.complaint.statistics.ReportCsv;
import uk.childrenscomplaints.complaint.statistics.StatisticsComplaint;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;
import uk.childrenscomplaints.local.standins.SentEmail;

/**
 * The real handler over the real table and the SES emulator: complaints stored through the repository, the report
 * read back from the emulator as the complaints manager would get it, CSV attachment and all.
 */
@ExtendWith(LocalAwsExtension.class)
class QuarterlyReportIT {
    private static final String MANAGER = "complaints.manager@council.test";
    private static final String SENDER = "complaints@council.test";
    private static final FinancialQuarter Q2_2026 = new FinancialQuarter(2026, 2);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final LocalAws aws;
    private final String table;
    private final QuarterlyReportHandler handler;

    QuarterlyReportIT(LocalAws aws) {
        this.aws = aws;
        this.table = aws.createFreshTable();
        System.setProperty("aws.region", "eu-west-2");
        System.setProperty("aws.accessKeyId", "local");
        System.setProperty("aws.secretAccessKey", "local");
        handler = handler();
        seed();
    }

    private QuarterlyReportHandler handler() {
        Map<String, Object> props = new HashMap<>();
        props.put("complaints.table-name", table);
        props.put("complaints.bus-name", "complaints-test");
        props.put("complaints.sender", SENDER);
        props.put("complaints.team-mailbox", "complaints-team@council.test");
        props.put("complaints.complaints-manager-email", MANAGER);
        props.put(
                "aws.services.dynamodb.endpoint-override", aws.dynamoEndpoint().toString());
        props.put("aws.services.sesv2.endpoint-override", aws.sesEndpoint().toString());
        return new QuarterlyReportHandler(ApplicationContext.builder().properties(props));
    }

    @AfterEach
    void close() {
        handler.close();
    }

    /** Eight complaints in 2026-27 Q2, three in the same quarter a year earlier, one in Q1, and a caseload. */
    private void seed() {
        DynamoDbComplaints complaints = new DynamoDbComplaints(aws.dynamoDb(), table);
        List<Complaint> stored = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            stored.add(StatisticsComplaint.received(LocalDate.of(2026, 7, 1).plusDays(i * 11))
                    .team(i % 2 == 0 ? "Huntingdon" : "East Cambs and Fenland")
                    .build());
        }
        for (int i = 0; i < 3; i++) {
            stored.add(StatisticsComplaint.received(LocalDate.of(2025, 8, 4).plusDays(i))
                    .team("Huntingdon")
                    .build());
        }
        stored.add(StatisticsComplaint.received(LocalDate.of(2026, 5, 5))
                .team("Huntingdon")
                .build());
        stored.forEach(complaints::add);
        new DynamoDbCaseloads(aws.dynamoDb(), table).record(new OpenCaseload(Q2_2026, new TeamName("Huntingdon"), 400));
    }

    private static QuarterlyReportRequest scheduledAt(LocalDate day) {
        return new QuarterlyReportRequest(
                day.atTime(7, 30).atZone(LONDON).toInstant().toString(), "quarterly-report", null, null);
    }

    private ProducingStatistics statistics() {
        return new ProducingStatistics(
                new DynamoDbComplaints(aws.dynamoDb(), table),
                new DynamoDbCompliments(aws.dynamoDb(), table),
                new DynamoDbCaseloads(aws.dynamoDb(), table),
                BankHolidaySource.bundled().calendar(),
                Teams.of("SCC", "ECF", "Huntingdon", "Safeguarding and Standards Unit", "EDT", "Kinship", "LAC", "16+"),
                Clock.systemUTC());
    }

    @Test
    void onThu_2026_10_01_theManagerGetsOneEmailWithTheQuarterAndYearToDateAsCsv() {
        QuarterlyReportResult result = handler.execute(scheduledAt(LocalDate.of(2026, 10, 1)));

        assertThat(result.due()).isTrue();
        assertThat(result.sent()).isEqualTo(1);
        List<SentEmail> emails = aws.mailbox().emails();
        assertThat(emails).hasSize(1);
        SentEmail email = emails.get(0);
        assertThat(email.to()).containsExactly(MANAGER);
        assertThat(email.from()).isEqualTo(SENDER);
        assertThat(email.subject()).isEqualTo("Children's social care complaints: 2026-27 Q2 report");
        assertThat(email.text())
                .hasValueSatisfying(t -> assertThat(t)
                        .contains("Complaints received | 8 | 9")
                        .contains("Same period last year | 3 | 3"));
        assertThat(email.html()).hasValueSatisfying(h -> assertThat(h).contains("bgcolor=\"#1d70b8\""));

        assertThat(email.attachments())
                .extracting(SentEmail.Attachment::fileName)
                .containsExactly("complaints-2026-27-Q2.csv", "complaints-2026-27-Q1-to-Q2.csv");
        assertThat(email.attachments().get(0).contentType()).isEqualTo("text/csv");
        assertThat(email.attachments().get(0).text())
                .isEqualTo(ReportCsv.write(statistics().report(Period.quarter(Q2_2026))));
        assertThat(email.attachments().get(1).text())
                .isEqualTo(ReportCsv.write(
                        statistics().report(Period.custom(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30)))));
    }

    @Test
    void runningAgainSendsNothingMoreAndAResendSendsItAgain() {
        handler.execute(scheduledAt(LocalDate.of(2026, 10, 1)));
        QuarterlyReportResult again = handler.execute(scheduledAt(LocalDate.of(2026, 10, 1)));
        assertThat(again.sent()).isZero();
        assertThat(again.alreadySent()).isEqualTo(1);
        assertThat(aws.mailbox().emailsTo(MANAGER)).hasSize(1);

        QuarterlyReportResult resent = handler.execute(new QuarterlyReportRequest(null, null, "2026-27 Q2", true));
        assertThat(resent.sent()).isEqualTo(1);
        assertThat(aws.mailbox().emailsTo(MANAGER)).hasSize(2);
    }

    @Test
    void twoRunsAtOnceSendOneEmail() throws Exception {
        try (QuarterlyReportHandler other = handler()) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Callable<QuarterlyReportResult>> runs = List.of(
                        () -> handler.execute(scheduledAt(LocalDate.of(2026, 10, 1))),
                        () -> other.execute(scheduledAt(LocalDate.of(2026, 10, 1))));
                int sent = 0;
                for (Future<QuarterlyReportResult> f : pool.invokeAll(runs)) {
                    sent += f.get().sent();
                }
                assertThat(sent).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
        assertThat(aws.mailbox().emailsTo(MANAGER)).hasSize(1);
    }

    @Test
    void theOtherDaysTheScheduleFiresSendNothing_fri_2026_10_02() {
        QuarterlyReportResult result = handler.execute(scheduledAt(LocalDate.of(2026, 10, 2)));
        assertThat(result.due()).isFalse();
        assertThat(result.dueOn()).isEqualTo("2026-10-01");
        assertThat(aws.mailbox().emails()).isEmpty();
    }

    @Test
    void aQuarterWrittenWronglyIsRefusedWithHowToWriteItAndNothingIsSent() {
        QuarterlyReportResult result = handler.execute(new QuarterlyReportRequest(null, null, "Q2 2026", null));
        assertThat(result.refused()).contains("written like 2026-27 Q2");
        assertThat(handler.execute(new QuarterlyReportRequest(null, null, null, true))
                        .refused())
                .contains("resend needs the quarter");
        assertThat(aws.mailbox().emails()).isEmpty();
    }

    @Test
    void theEventFixturesAreWhatTheScheduleAndAPersonSend() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var events = uk.childrenscomplaints.local.standins.SamTemplate.repositoryRoot()
                .resolve("events");
        QuarterlyReportRequest scheduled = json.readValue(
                events.resolve("quarterly-report-scheduled.json").toFile(), QuarterlyReportRequest.class);
        QuarterlyReportRequest resend =
                json.readValue(events.resolve("quarterly-report-resend.json").toFile(), QuarterlyReportRequest.class);

        assertThat(handler.execute(scheduled).sent()).isEqualTo(1);
        assertThat(handler.execute(resend).sent()).isEqualTo(1);
        assertThat(aws.mailbox().emailsTo(MANAGER)).hasSize(2);
    }
}
