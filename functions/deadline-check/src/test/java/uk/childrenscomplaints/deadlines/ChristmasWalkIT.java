package uk.childrenscomplaints.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.deadlines.SweepHarness.HUNTINGDON_MANAGER;
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
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.model.Change;
import uk.childrenscomplaints.complaint.model.ChildDetails;
import uk.childrenscomplaints.complaint.model.Complainant;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.Intake;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Respondent;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;
import uk.childrenscomplaints.local.standins.LocalEventBus;

/**
 * Six weeks of mornings across Christmas and New Year 2026/27 (bank holidays Fri 25 Dec, Mon 28 Dec, Fri 1 Jan),
 * with four complaints whose histories cover the report's problems: a late answer, a missing then absent respondent,
 * an answer in time, and a valid extension. Every day the sweep runs as the schedule would, and the test checks
 * exactly which emails went out, and the Stage 2 flags.
 */
@ExtendWith(LocalAwsExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChristmasWalkIT {
    private static final Change STAFF = new Change("officer@council.test", Instant.parse("2026-12-01T09:00:00Z"));
    private static final Respondent RA = new Respondent("Ria A", "ra@council.test", false);
    private static final Respondent SA = new Respondent("Sol A", "sa@council.test", false);
    private static final Respondent RB = new Respondent("Rob B", "rb@council.test", false);
    private static final Respondent SB = new Respondent("Sue B", "sb@council.test", false);
    private static final Respondent RC = new Respondent("Ray C", "rc@council.test", false);
    private static final Respondent RD = new Respondent("Rhi D", "rd@council.test", false);

    private final LocalAws aws;
    private LocalEventBus bus;
    private SweepHarness harness;
    private DynamoDbComplaints complaints;

    ChristmasWalkIT(LocalAws aws) {
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

    private Complaint store(String who, String team, String received, String due, Respondent r, Respondent second) {
        Intake intake = new Intake(
                d(received),
                Route.ONLINE,
                Procedure.STATUTORY_CHILDRENS,
                new Complainant("Parent " + who, who + "@example.test", null, null, Relationship.PARENT_CARER, who),
                false,
                ChildDetails.UNKNOWN,
                new TeamName(team),
                List.of(IssueCategory.COMMUNICATION),
                "Text",
                null,
                null,
                false,
                false);
        Complaint c = Complaint.receive(ComplaintId.random(), complaints.nextReference(2026), intake, d(due), STAFF);
        if (r != null) {
            c.assignRespondents(r, second, STAFF);
        }
        assertThat(complaints.add(c)).isEqualTo(Complaints.AddResult.ADDED);
        return c;
    }

    private void change(Complaint c, Consumer<Complaint> action) {
        Complaint loaded = complaints.find(c.id()).orElseThrow();
        action.accept(loaded);
        assertThat(complaints.save(loaded, loaded.version())).isEqualTo(Complaints.SaveResult.SAVED);
    }

    @Test
    void sixWeeksOfMorningsSendExactlyTheRightEmails() {
        // Due dates worked by hand: day 0 is receipt, count 10 working days, skip 25 and 28 Dec and 1 Jan.
        Complaint a = store("a", "Huntingdon", "2026-12-10", "2026-12-24", RA, SA);
        Complaint b = store("b", "Huntingdon", "2026-12-14", "2026-12-30", null, null);
        Complaint c = store("c", "ECF", "2026-12-01", "2026-12-15", RC, null);
        Complaint dd = store("d", "LAC", "2026-12-09", "2026-12-23", RD, null);

        Map<LocalDate, List<String>> expected = new HashMap<>();
        expect(expected, "2026-12-10", "stage1-reminder rc@council.test");
        expect(expected, "2026-12-15", "no-respondent " + TEAM);
        expect(expected, "2026-12-21", "stage1-reminder ra@council.test");
        expect(expected, "2026-12-22", "extension-warning ra@council.test");
        expect(expected, "2026-12-23", "stage1-reminder sb@council.test");
        expect(expected, "2026-12-24", "stage1-due ra@council.test", "extension-warning sb@council.test");
        expect(
                expected,
                "2026-12-29",
                "stage2-entitlement-team " + TEAM + " cc " + HUNTINGDON_MANAGER,
                "stage2-entitlement-letter a@example.test");
        expect(expected, "2026-12-30", overdueA(), "stage1-due sb@council.test");
        expect(
                expected,
                "2026-12-31",
                "stage2-entitlement-team " + TEAM + " cc " + HUNTINGDON_MANAGER,
                "stage2-entitlement-letter b@example.test");
        expect(expected, "2027-01-04", overdueA(), overdueB());
        expect(expected, "2027-01-06", overdueA(), overdueB(), "stage1-reminder rd@council.test");
        expect(expected, "2027-01-08", overdueB());
        expect(expected, "2027-01-11", "stage1-due rd@council.test");
        expect(
                expected,
                "2027-01-12",
                "stage2-entitlement-team " + TEAM,
                "stage2-entitlement-letter d@example.test",
                overdueB());

        // What staff do during the walk, after that morning's sweep.
        Map<LocalDate, Runnable> staff = Map.of(
                d("2026-12-10"),
                        () -> change(c, x -> x.recordStage1Response(d("2026-12-10"), "Reply", d("2027-01-12"), STAFF)),
                d("2026-12-15"),
                        () -> change(
                                dd,
                                x -> x.extendStage1(
                                        d("2027-01-11"),
                                        "Three agencies involved",
                                        d("2026-12-15"),
                                        d("2027-01-11"),
                                        STAFF)),
                d("2026-12-16"), () -> change(b, x -> x.assignRespondents(RB, SB, STAFF)),
                d("2026-12-21"), () -> change(b, x -> x.markRespondentAbsent(true, STAFF)),
                d("2027-01-07"),
                        () -> change(a, x -> x.recordStage1Response(d("2027-01-07"), "Reply", d("2027-02-04"), STAFF)));

        List<String> failures = new ArrayList<>();
        DeadlineCheckHandler handler = harness.handler();
        for (LocalDate day = d("2026-12-01"); !day.isAfter(d("2027-01-12")); day = day.plusDays(1)) {
            SweepResult result = handler.handleRequest(SweepHarness.at(day), null);
            List<String> sent = new ArrayList<>(harness.newEmails());
            List<String> want = new ArrayList<>(expected.getOrDefault(day, List.of()));
            sent.sort(null);
            want.sort(null);
            if (!sent.equals(want)) {
                failures.add(day + " (" + day.getDayOfWeek() + ") sent " + sent + " but expected " + want);
            }
            assertThat(result.failed()).as("failed sends on %s", day).isZero();
            staff.getOrDefault(day, () -> {}).run();
        }
        assertThat(failures).isEmpty();

        assertThat(complaints.find(a.id()).orElseThrow().parts().stage2EntitledOn())
                .isEqualTo(d("2026-12-29"));
        assertThat(complaints.find(b.id()).orElseThrow().parts().stage2EntitledOn())
                .isEqualTo(d("2026-12-31"));
        assertThat(complaints.find(c.id()).orElseThrow().parts().stage2EntitledOn())
                .isNull();
        assertThat(complaints.find(dd.id()).orElseThrow().parts().stage2EntitledOn())
                .isEqualTo(d("2027-01-12"));
        assertThat(complaints.find(a.id()).orElseThrow().timeline())
                .filteredOn(e -> e.action().equals("stage 2 entitlement flagged"))
                .hasSize(1);
        assertThat(bus.events())
                .filteredOn(e -> e.detailType().equals("Stage2EntitlementFlagged"))
                .extracting(e -> e.detail())
                .hasSize(3)
                .allSatisfy(detail -> assertThat(detail).doesNotContain("example.test", "Parent"));
    }

    private static String overdueA() {
        return "stage1-overdue ra@council.test cc " + HUNTINGDON_MANAGER + ",sa@council.test";
    }

    private static String overdueB() {
        return "stage1-overdue sb@council.test cc " + HUNTINGDON_MANAGER;
    }

    private static void expect(Map<LocalDate, List<String>> expected, String day, String... emails) {
        expected.put(d(day), List.of(emails));
    }
}
