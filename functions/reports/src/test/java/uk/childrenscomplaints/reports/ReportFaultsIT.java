package uk.childrenscomplaints.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.statistics.StatisticsComplaint;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;
import uk.childrenscomplaints.local.standins.StandInProcess;

/**
 * The fault suite for the quarterly report (docs/reliability.md, "Outages and faults"): the SES emulator or dynalite
 * stopped ({@code kill -STOP}) while Thursday 1 October 2026's report is sent, then resumed. The run during the fault
 * ends well inside the function's 120 s and sends nothing; the next run sends the report once, and a third sends
 * nothing. Figures are printed as {@code FAULT-FIGURES} lines.
 */
@ExtendWith(LocalAwsExtension.class)
class ReportFaultsIT {
    private static final String MANAGER = "complaints.manager@council.test";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate thu_2026_10_01 = LocalDate.of(2026, 10, 1);
    private static final Duration IN_TIME = Duration.ofSeconds(60);
    private static final Map<String, String> FIGURES = new LinkedHashMap<>();

    private final LocalAws aws;

    ReportFaultsIT(LocalAws aws) {
        this.aws = aws;
        System.setProperty("aws.region", "eu-west-2");
        System.setProperty("aws.accessKeyId", "local");
        System.setProperty("aws.secretAccessKey", "local");
    }

    @AfterAll
    static void report() {
        FIGURES.forEach((name, f) -> System.out.println("FAULT-FIGURES report " + name + ": " + f));
    }

    private QuarterlyReportHandler handler(String table) {
        Map<String, Object> props = new HashMap<>();
        props.put("complaints.table-name", table);
        props.put("complaints.bus-name", "complaints-test");
        props.put("complaints.sender", "complaints@council.test");
        props.put("complaints.team-mailbox", "complaints-team@council.test");
        props.put("complaints.complaints-manager-email", MANAGER);
        props.put(
                "aws.services.dynamodb.endpoint-override", aws.dynamoEndpoint().toString());
        props.put("aws.services.sesv2.endpoint-override", aws.sesEndpoint().toString());
        return new QuarterlyReportHandler(ApplicationContext.builder().properties(props));
    }

    private String seededTable() {
        String table = aws.createFreshTable();
        new DynamoDbComplaints(aws.dynamoDb(), table)
                .add(StatisticsComplaint.received(LocalDate.of(2026, 7, 6))
                        .team("Huntingdon")
                        .build());
        return table;
    }

    private static QuarterlyReportRequest scheduled() {
        return new QuarterlyReportRequest(
                thu_2026_10_01.atTime(7, 30).atZone(LONDON).toInstant().toString(), "quarterly-report", null, null);
    }

    private void faultThenRecover(String fault, StandInProcess standIn) {
        String table = seededTable();
        try (QuarterlyReportHandler handler = handler(table)) {
            long started = System.nanoTime();
            String ended;
            standIn.pause();
            try {
                QuarterlyReportResult during = handler.execute(scheduled());
                ended = "result(sent=" + during.sent() + ", failed=" + during.failed() + ")";
            } catch (RuntimeException e) {
                ended = "error(" + e.getClass().getSimpleName() + ")";
            } finally {
                standIn.resume();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            int sentDuring = aws.mailbox().emailsTo(MANAGER).size();

            QuarterlyReportResult after = handler.execute(scheduled());
            handler.execute(scheduled());
            int reports = aws.mailbox().emailsTo(MANAGER).size();
            String figures = "faults=1 runs-during-fault=1 run-took-ms=" + took.toMillis() + " run-ended=" + ended
                    + " reports-owed=1 sent-after-recovery=" + after.sent() + " reports-received=" + reports
                    + " lost=" + (reports == 0 ? 1 : 0) + " duplicates=" + Math.max(0, reports - 1)
                    + " received-while-stopped=" + sentDuring;
            FIGURES.put(fault, figures);

            assertThat(took).as(figures).isLessThan(IN_TIME);
            assertThat(reports).as("none lost: %s", figures).isPositive();
            // A send that timed out after SES received it cannot be told from one that never arrived (SES takes no
            // idempotency key): the next run sends it again. One attempt per call keeps that to one extra copy.
            assertThat(reports).as("at most one extra copy: %s", figures).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void withSesStalledTheReportRunEndsInTimeAndTheNextRunSendsTheReportOnce() {
        faultThenRecover("SES emulator SIGSTOP", aws.standIns().sesEmulator());
    }

    @Test
    void withDynamoDbStalledTheReportRunEndsInTimeAndTheNextRunSendsTheReportOnce() {
        faultThenRecover("dynalite SIGSTOP", aws.standIns().dynalite());
    }
}
