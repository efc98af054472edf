package uk.childrenscomplaints.complaint.application.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.application.Workflow.DIRECTOR;
import static uk.childrenscomplaints.complaint.application.Workflow.HUNTINGDON_MANAGER;
import static uk.childrenscomplaints.complaint.application.Workflow.KINSHIP_MANAGER;
import static uk.childrenscomplaints.complaint.application.Workflow.OFFICER;
import static uk.childrenscomplaints.complaint.application.Workflow.POLICY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.childrenscomplaints.clock.model.TimescaleId;
import uk.childrenscomplaints.complaint.application.Workflow;
import uk.childrenscomplaints.complaint.application.casework.CaseCommand.AssignRespondents;
import uk.childrenscomplaints.complaint.application.casework.CaseCommand.RecordStage1Response;
import uk.childrenscomplaints.complaint.application.casework.CaseCommand.Withdraw;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbCompliments;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.Compliment;
import uk.childrenscomplaints.complaint.model.SampleTeams;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;

/** The staff use cases against the real table: races, the status and quarter indexes, compliments. */
@ExtendWith(LocalAwsExtension.class)
class HandlingComplaintsIT {
    private static final LocalDate mon_2026_01_05 = LocalDate.of(2026, 1, 5);
    private static final LocalDate thu_2026_01_15 = LocalDate.of(2026, 1, 15);

    private final DynamoDbComplaints complaints;
    private final DynamoDbCompliments compliments;
    private final Workflow workflow;

    HandlingComplaintsIT(LocalAws aws) {
        String table = aws.createFreshTable();
        this.complaints = new DynamoDbComplaints(aws.dynamoDb(), table);
        this.compliments = new DynamoDbCompliments(aws.dynamoDb(), table);
        this.workflow = new Workflow(complaints, Workflow.FRI_2026_03_20);
    }

    private ComplaintId received(LocalDate on, String team) {
        Complaint c =
                ComplaintFixtures.statutory(ComplaintId.random(), on, POLICY.dueDate(TimescaleId.STAGE1_RESPONSE, on));
        if (team != null) {
            c = Complaint.receive(
                    c.id(),
                    c.reference(),
                    new uk.childrenscomplaints.complaint.model.Intake(
                            on,
                            c.intake().route(),
                            c.intake().procedure(),
                            c.intake().complainant(),
                            false,
                            c.intake().child(),
                            new TeamName(team),
                            c.intake().issues(),
                            c.intake().description(),
                            c.intake().desiredOutcome(),
                            null,
                            false,
                            false),
                    c.parts().stage1().dueOn(),
                    ComplaintFixtures.STAFF);
        }
        complaints.add(c);
        return c.id();
    }

    @Test
    void twoWritersOnOneVersionOneIsDoneTheOtherStaleAndTheStoredComplaintShowsExactlyOneChangeWhole()
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                ComplaintId id = received(mon_2026_01_05, null);
                CountDownLatch start = new CountDownLatch(1);
                Future<CaseResult> assigning = pool.submit(() -> {
                    start.await();
                    return workflow.handling.handle(
                            OFFICER,
                            id,
                            1,
                            new AssignRespondents(ComplaintFixtures.respondent(), ComplaintFixtures.second()));
                });
                Future<CaseResult> responding = pool.submit(() -> {
                    start.await();
                    return workflow.handling.handle(
                            HUNTINGDON_MANAGER, id, 1, new RecordStage1Response(thu_2026_01_15, "We have apologised."));
                });
                start.countDown();
                List<CaseResult> results = List.of(assigning.get(), responding.get());

                assertThat(results)
                        .filteredOn(r -> r instanceof CaseResult.Done)
                        .hasSize(1);
                assertThat(results)
                        .filteredOn(r -> r instanceof CaseResult.Stale)
                        .hasSize(1);
                Complaint stored = complaints.find(id).orElseThrow();
                assertThat(stored.version()).isEqualTo(2);
                assertThat(stored.timeline()).hasSize(2);
                boolean assigned =
                        stored.parts().respondent() != null && stored.parts().secondRespondent() != null;
                boolean responded = stored.state() == ComplaintState.STAGE1_RESPONDED
                        && stored.parts().stage1().stage2RequestBy() != null;
                assertThat(assigned)
                        .as("round %d: exactly one change, whole", round)
                        .isNotEqualTo(responded);
                assertThat(stored.timeline().get(1).action())
                        .isEqualTo(assigned ? "respondents assigned" : "stage 1 response recorded");
                assertThat(stored.parts().respondent() == null && stored.parts().secondRespondent() == null)
                        .isEqualTo(!assigned);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aManagerSearchReadsOnlyTheirTeamsFromTheStatusIndex() {
        ComplaintId huntingdon = received(mon_2026_01_05, "Huntingdon");
        ComplaintId kinship = received(mon_2026_01_05, "Kinship");
        ComplaintId withdrawn = received(LocalDate.of(2026, 2, 2), "Kinship");
        workflow.handling.handle(OFFICER, withdrawn, 1, new Withdraw("No longer needed"));

        assertThat(workflow.handling.search(KINSHIP_MANAGER, SearchCriteria.everything()))
                .extracting(Complaint::id)
                .containsExactly(kinship, withdrawn);
        assertThat(workflow.handling.search(
                        KINSHIP_MANAGER, new SearchCriteria(new TeamName("Huntingdon"), null, null, null, null, null)))
                .isEmpty();
        assertThat(workflow.handling.search(
                        DIRECTOR, new SearchCriteria(null, ComplaintState.STAGE1_OPEN, null, true, null, null)))
                .extracting(Complaint::id)
                .containsExactlyInAnyOrder(huntingdon, kinship);
        assertThat(workflow.handling.search(
                        OFFICER,
                        new SearchCriteria(new TeamName("kinship"), ComplaintState.WITHDRAWN, null, null, null, null)))
                .extracting(Complaint::id)
                .containsExactly(withdrawn);
        assertThat(workflow.handling.search(
                        HUNTINGDON_MANAGER,
                        new SearchCriteria(
                                null, null, null, null, LocalDate.of(2025, 12, 1), LocalDate.of(2026, 4, 30))))
                .extracting(Complaint::id)
                .containsExactly(huntingdon);
    }

    @Test
    void complimentsAreTheirOwnRecordsReadByPeriodAndNeverMistakenForComplaints() {
        RecordingCompliments recording =
                new RecordingCompliments(compliments, SampleTeams.SEED, Workflow.FRI_2026_03_20);
        assertThat(recording.record(
                        OFFICER, new TeamName("kinship"), LocalDate.of(2026, 3, 30), "A parent", "Thank you"))
                .isInstanceOf(CaseResult.Invalid.class);
        assertThat(recording.record(
                        KINSHIP_MANAGER, new TeamName("Huntingdon"), LocalDate.of(2026, 3, 2), "A parent", "Thank you"))
                .isInstanceOf(CaseResult.Forbidden.class);
        assertThat(recording.record(
                        OFFICER,
                        new TeamName("huntingdon"),
                        LocalDate.of(2026, 3, 2),
                        "A foster carer",
                        "The social worker was very kind"))
                .isInstanceOf(CaseResult.Done.class);
        assertThat(recording.record(
                        KINSHIP_MANAGER,
                        new TeamName("Kinship"),
                        LocalDate.of(2026, 3, 20),
                        "A grandparent",
                        "Thank you for the support"))
                .isInstanceOf(CaseResult.Done.class);
        received(LocalDate.of(2026, 3, 2), "Huntingdon");

        List<Compliment> all = recording.list(OFFICER, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        assertThat(all).extracting(Compliment::fromWhom).containsExactly("A foster carer", "A grandparent");
        assertThat(all.get(0).team()).isEqualTo(new TeamName("Huntingdon"));
        assertThat(recording.list(KINSHIP_MANAGER, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)))
                .extracting(Compliment::fromWhom)
                .containsExactly("A grandparent");
        assertThat(complaints.receivedIn(
                        uk.childrenscomplaints.complaint.model.FinancialQuarter.of(LocalDate.of(2026, 3, 2)),
                        LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 3, 31)))
                .hasSize(1);
        assertThat(new ArrayList<>(compliments.receivedBetween(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 19))))
                .isEmpty();
    }
}
