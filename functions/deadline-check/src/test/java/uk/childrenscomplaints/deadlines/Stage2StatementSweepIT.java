package uk.childrenscomplaints.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.deadlines.SweepHarness.TEAM;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.childrenscomplaints.clock.infrastructure.BankHolidaySource;
import uk.childrenscomplaints.clock.infrastructure.TimescalePolicyFile;
import uk.childrenscomplaints.clock.model.TimescaleId;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.model.Change;
import uk.childrenscomplaints.complaint.model.ChildDetails;
import uk.childrenscomplaints.complaint.model.Complainant;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.Intake;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.LaterStages;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.model.RunningDeadlines;
import uk.childrenscomplaints.complaint.model.Stage2Investigation;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;
import uk.childrenscomplaints.local.standins.LocalEventBus;

/**
 * Mornings from Mon 7 Dec 2026 to Tue 16 Feb 2027 (bank holidays Fri 25 Dec, Mon 28 Dec, Fri 1 Jan) with two serious
 * complaints that went straight to Stage 2 on Mon 7 Dec. A's statement is never agreed; B's is agreed on Mon 14 Dec and
 * its investigation extended on Mon 4 Jan to Thu 18 Feb 2027. The sweep runs every morning (twice on the morning A's
 * missing statement is chased) and the test checks exactly which emails went out.
 */
@ExtendWith(LocalAwsExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Stage2StatementSweepIT {
    private static final Change STAFF = new Change("officer@council.test", Instant.parse("2026-12-01T09:00:00Z"));
    private static final TimescalePolicy POLICY =
            TimescalePolicyFile.bundledPolicy(BankHolidaySource.bundled().calendar());

    private final LocalAws aws;
    private LocalEventBus bus;
    private SweepHarness harness;
    private DynamoDbComplaints complaints;

    Stage2StatementSweepIT(LocalAws aws) {
        this.aws = aws;
    }

    @BeforeAll
    void start() {
        bus = LocalEventBus.start();
        harness = new SweepHarness(aws, bus);
        complaints = harness.complaints();
    }

    @AfterAll
    void stop() {
        harness.close();
        bus.close();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static LaterStages.Stage2Clock clockFrom(LocalDate day) {
        return new LaterStages.Stage2Clock(
                POLICY.dueDate(TimescaleId.STAGE2_INVESTIGATION, day),
                POLICY.dueDate(TimescaleId.STAGE2_INVESTIGATION_LIMIT, day));
    }

    /** Received Mon 30 Nov 2026 and taken straight to Stage 2 on Mon 7 Dec as serious. */
    private Complaint atStage2(String who) {
        Intake intake = new Intake(
                d("2026-11-30"),
                Route.ONLINE,
                Procedure.STATUTORY_CHILDRENS,
                new Complainant("Parent " + who, who + "@example.test", null, null, Relationship.PARENT_CARER, who),
                false,
                ChildDetails.UNKNOWN,
                new TeamName("Huntingdon"),
                List.of(IssueCategory.COMMUNICATION),
                "Text",
                null,
                null,
                false,
                false);
        Complaint c =
                Complaint.receive(ComplaintId.random(), complaints.nextReference(2026), intake, d("2026-12-14"), STAFF);
        assertThat(LaterStages.requestStage2(c, d("2026-12-07"), "Serious", true, clockFrom(d("2026-12-07")), STAFF)
                        .isAllowed())
                .isTrue();
        c.refreshRunningClock(new RunningDeadlines(POLICY));
        assertThat(complaints.add(c)).isEqualTo(Complaints.AddResult.ADDED);
        return c;
    }

    /** As the use case does: the change, then the running dates worked out afresh, then a conditional save. */
    private void change(Complaint c, Consumer<Complaint> action) {
        Complaint loaded = complaints.find(c.id()).orElseThrow();
        action.accept(loaded);
        loaded.refreshRunningClock(new RunningDeadlines(POLICY));
        assertThat(complaints.save(loaded, loaded.version())).isEqualTo(Complaints.SaveResult.SAVED);
    }

    @Test
    void aMissingStatementIsChasedOnceOnMon21DecAndAnExtendedInvestigationIsRemindedOnItsNewDate() {
        Complaint a = atStage2("a");
        Complaint b = atStage2("b");

        Map<LocalDate, List<String>> expected = new HashMap<>();
        // A: ten working days after Mon 7 Dec with no statement, the team is asked once (the sweep fires twice).
        expect(expected, "2026-12-21", "stage-deadline " + TEAM);
        // A: provisionally due Thu 14 Jan (25 working days from the request): reminded Mon 11 Jan, passed Fri 15 Jan.
        expect(expected, "2027-01-11", "stage-deadline " + TEAM);
        expect(expected, "2027-01-15", "stage-deadline " + TEAM);
        // B: agreed Mon 14 Dec, so due Thu 21 Jan (no reminder on Mon 18 Jan once extended); extended to Thu 18 Feb,
        // reminded three working days before it, Mon 15 Feb.
        expect(expected, "2027-02-15", "stage-deadline " + TEAM);

        Map<LocalDate, Runnable> staff = Map.of(
                d("2026-12-14"),
                () -> change(
                        b,
                        x -> assertThat(Stage2Investigation.agreeStatement(
                                                x, d("2026-12-14"), clockFrom(d("2026-12-14")), STAFF)
                                        .isAllowed())
                                .isTrue()),
                d("2027-01-04"),
                () -> change(
                        b,
                        x -> assertThat(Stage2Investigation.extend(
                                                x,
                                                d("2027-02-18"),
                                                "Four services to interview",
                                                d("2027-01-04"),
                                                POLICY.dueDate(TimescaleId.STAGE2_INVESTIGATION_LIMIT, d("2026-12-14")),
                                                STAFF)
                                        .isAllowed())
                                .isTrue()));

        List<String> failures = new ArrayList<>();
        DeadlineCheckHandler handler = harness.handler();
        for (LocalDate day = d("2026-12-07"); !day.isAfter(d("2027-02-16")); day = day.plusDays(1)) {
            SweepResult result = handler.handleRequest(SweepHarness.at(day), null);
            if (day.equals(d("2026-12-21"))) {
                handler.handleRequest(SweepHarness.at(day), null); // the schedule fired twice
            }
            List<String> sent = new ArrayList<>(harness.newEmails());
            List<String> want = new ArrayList<>(expected.getOrDefault(day, List.of()));
            if (!sent.equals(want)) {
                failures.add(day + " (" + day.getDayOfWeek() + ") sent " + sent + " but expected " + want);
            }
            assertThat(result.failed()).as("failed sends on %s", day).isZero();
            staff.getOrDefault(day, () -> {}).run();
        }
        assertThat(failures).isEmpty();

        Complaint awaiting = complaints.find(a.id()).orElseThrow();
        assertThat(awaiting.isAwaitingAgreedStatement()).isTrue();
        assertThat(awaiting.parts().notificationsSent())
                .contains("statement-chase#2026-12-07", "stage2-due#2027-01-14#0", "stage2-due#2027-01-14#1");
        Complaint extended = complaints.find(b.id()).orElseThrow();
        assertThat(extended.parts().notificationsSent())
                .contains("stage2-due#2027-02-18#0")
                .noneMatch(k -> k.startsWith("statement-chase") || k.startsWith("stage2-due#2027-01-21"));
        assertThat(harness.allEmails())
                .filteredOn(e -> e.text().orElse("").contains("no agreed complaint statement"))
                .singleElement()
                .satisfies(e -> assertThat(e.to()).containsExactly(TEAM));
    }

    private static void expect(Map<LocalDate, List<String>> expected, String day, String... emails) {
        expected.put(d(day), List.of(emails));
    }
}
