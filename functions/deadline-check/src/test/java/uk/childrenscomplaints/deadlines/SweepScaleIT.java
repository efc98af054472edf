package uk.childrenscomplaints.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.model.Change;
import uk.childrenscomplaints.complaint.model.ChildDetails;
import uk.childrenscomplaints.complaint.model.Complainant;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.Intake;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Reference;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Respondent;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;
import uk.childrenscomplaints.local.standins.LocalEventBus;

/**
 * 50,000 complaints in the table, 100 of them due a reminder: the sweep reads only those 100 from the deadline index.
 * The time is recorded in docs/performance.md.
 */
@ExtendWith(LocalAwsExtension.class)
class SweepScaleIT {
    private static final int ALL = 50_000;
    private static final int DUE = 100;
    private static final Change STAFF = new Change("officer@council.test", Instant.parse("2026-12-01T09:00:00Z"));
    private static final Respondent RESPONDENT = new Respondent("Resp", "resp@council.test", false);

    private final LocalAws aws;

    SweepScaleIT(LocalAws aws) {
        this.aws = aws;
    }

    private static Complaint complaint(int n, boolean due) {
        // Mon 4 Jan 2027 looks three working days ahead, to Thu 7 Jan: the due ones fall on it, the rest later.
        LocalDate received = due ? LocalDate.of(2026, 12, 21) : LocalDate.of(2027, 1, 4);
        LocalDate dueOn = due ? LocalDate.of(2027, 1, 7) : LocalDate.of(2027, 1, 18);
        Intake intake = new Intake(
                received,
                Route.ONLINE,
                Procedure.STATUTORY_CHILDRENS,
                new Complainant(
                        "Person " + n,
                        null,
                        "01632 960" + String.format("%03d", n % 1000),
                        null,
                        Relationship.PARENT_CARER,
                        "p" + n),
                false,
                ChildDetails.UNKNOWN,
                new TeamName("ECF"),
                List.of(IssueCategory.OTHER),
                "Text",
                null,
                null,
                false,
                false);
        Complaint c = Complaint.receive(ComplaintId.random(), new Reference(2026, n + 1), intake, dueOn, STAFF);
        c.assignRespondents(RESPONDENT, null, STAFF);
        return c;
    }

    @Test
    void theSweepReadsOnlyTheHundredDueComplaintsOutOfFiftyThousand() throws Exception {
        try (LocalEventBus bus = LocalEventBus.start();
                SweepHarness harness = new SweepHarness(aws, bus)) {
            DynamoDbComplaints complaints = harness.complaints();
            var pool = Executors.newFixedThreadPool(8);
            List<Future<?>> writes = new ArrayList<>();
            for (int block = 0; block < ALL; block += 500) {
                int from = block;
                writes.add(pool.submit(() -> {
                    for (int n = from; n < from + 500; n++) {
                        complaints.add(complaint(n, n % (ALL / DUE) == 0));
                    }
                }));
            }
            for (Future<?> w : writes) {
                w.get();
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

            long started = System.nanoTime();
            SweepResult result = harness.handler().handleRequest(SweepHarness.at(LocalDate.of(2027, 1, 4)), null);
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(result.examined()).isEqualTo(DUE);
            assertThat(result.reminded()).isEqualTo(DUE);
            assertThat(result.finished()).isTrue();
            assertThat(harness.newEmails()).hasSize(DUE);
            System.out.printf(
                    "PERF sweep over %d complaints, %d due: %d ms (including the handler's first start)%n",
                    ALL, DUE, millis);
        }
    }
}
