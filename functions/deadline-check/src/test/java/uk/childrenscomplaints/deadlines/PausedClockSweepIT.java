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
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.model.Change;
import uk.childrenscomplaints.complaint.model.ChildDetails;
import uk.childrenscomplaints.complaint.model.Complainant;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.Intake;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.PauseReason;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Respondent;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.model.StoppingTheClock;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;
import uk.childrenscomplaints.local.standins.LocalEventBus;

/**
 * Mornings from mid-December 2026 to the end of January 2027 (bank holidays Fri 25 Dec, Mon 28 Dec, Fri 1 Jan), with
 * two complaints received Wed 16 Dec and due Mon 4 Jan whose clocks stop on Tue 22 Dec: one stays stopped, one restarts
 * on Mon 4 Jan. The sweep runs every morning as the schedule would (twice on the morning the long stop is chased) and
 * the test checks exactly which emails went out.
 */
@ExtendWith(LocalAwsExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PausedClockSweepIT {
    private static final Change STAFF = new Change("officer@council.test", Instant.parse("2026-12-01T09:00:00Z"));
    private static final Respondent RP = new Respondent("Pia P", "rp@council.test", false);
    private static final Respondent RQ = new Respondent("Quin Q", "rq@council.test", false);

    private final LocalAws aws;
    private LocalEventBus bus;
    private SweepHarness harness;
    private DynamoDbComplaints complaints;

    PausedClockSweepIT(LocalAws aws) {
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

    private Complaint store(String who, Respondent r) {
        Intake intake = new Intake(
                d("2026-12-16"),
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
                Complaint.receive(ComplaintId.random(), complaints.nextReference(2026), intake, d("2027-01-04"), STAFF);
        c.assignRespondents(r, null, STAFF);
        assertThat(complaints.add(c)).isEqualTo(Complaints.AddResult.ADDED);
        return c;
    }

    private void change(Complaint c, Consumer<Complaint> action) {
        Complaint loaded = complaints.find(c.id()).orElseThrow();
        action.accept(loaded);
        assertThat(complaints.save(loaded, loaded.version())).isEqualTo(Complaints.SaveResult.SAVED);
    }

    @Test
    void aStoppedClockIsNotChasedUntilItsStopIsRaisedOnceAndARestartedOneIsChasedOnItsMovedDates() {
        Complaint p = store("p", RP);
        Complaint q = store("q", RQ);

        Map<LocalDate, List<String>> expected = new HashMap<>();
        // Q restarted on Mon 4 Jan after six working days stopped (23, 24, 29, 30, 31 Dec, 4 Jan): due Tue 12 Jan, so
        // its reminder is Thu 7 Jan, the extension warning Fri 8 Jan, and nothing on the old dates (29 Dec to 4 Jan).
        expect(expected, "2027-01-07", "stage1-reminder rq@council.test");
        expect(expected, "2027-01-08", "extension-warning rq@council.test");
        expect(expected, "2027-01-12", "stage1-due rq@council.test");
        // P is still stopped twenty working days after Tue 22 Dec: the team is asked about it once, on Fri 22 Jan.
        expect(expected, "2027-01-22", "stage-deadline " + TEAM);

        Map<LocalDate, Runnable> staff = Map.of(
                d("2026-12-22"),
                () -> {
                    change(
                            p,
                            x -> StoppingTheClock.pause(x, PauseReason.AWAITING_CONSENT, null, d("2026-12-22"), STAFF));
                    change(
                            q,
                            x -> StoppingTheClock.pause(
                                    x, PauseReason.AWAITING_ADVOCATE, null, d("2026-12-22"), STAFF));
                },
                d("2027-01-04"),
                () -> change(q, x -> StoppingTheClock.resume(x, d("2027-01-04"), STAFF)),
                d("2027-01-12"),
                () -> change(q, x -> x.recordStage1Response(d("2027-01-12"), "Reply", d("2027-02-09"), STAFF)));

        List<String> failures = new ArrayList<>();
        DeadlineCheckHandler handler = harness.handler();
        for (LocalDate day = d("2026-12-16"); !day.isAfter(d("2027-01-29")); day = day.plusDays(1)) {
            SweepResult result = handler.handleRequest(SweepHarness.at(day), null);
            if (day.equals(d("2027-01-22"))) {
                handler.handleRequest(SweepHarness.at(day), null); // the schedule fired twice
            }
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

        Complaint stillStopped = complaints.find(p.id()).orElseThrow();
        assertThat(stillStopped.isPaused()).isTrue();
        assertThat(stillStopped.parts().stage2EntitledOn()).isNull();
        assertThat(stillStopped.parts().notificationsSent()).contains("pause-chase#2026-12-22");
        assertThat(harness.allEmails())
                .filteredOn(e -> e.to().contains(TEAM))
                .singleElement()
                .satisfies(e -> assertThat(e.text().orElseThrow()).contains("stopped longer than the policy allows"));
    }

    private static void expect(Map<LocalDate, List<String>> expected, String day, String... emails) {
        expected.put(d(day), List.of(emails));
    }
}
