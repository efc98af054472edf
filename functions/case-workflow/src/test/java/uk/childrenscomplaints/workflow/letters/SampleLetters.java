package uk.childrenscomplaints.workflow.letters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.childrenscomplaints.clock.infrastructure.BankHolidaySource;
import uk.childrenscomplaints.clock.infrastructure.TimescalePolicyFile;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.complaint.model.AgeBand;
import uk.childrenscomplaints.complaint.model.ChildDetails;
import uk.childrenscomplaints.complaint.model.ClockEvent;
import uk.childrenscomplaints.complaint.model.Complainant;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.ComplaintParts;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.Gender;
import uk.childrenscomplaints.complaint.model.Intake;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.Outcome;
import uk.childrenscomplaints.complaint.model.PauseReason;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Reference;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.model.Stage1Record;
import uk.childrenscomplaints.complaint.model.Stage2Record;
import uk.childrenscomplaints.complaint.model.Stage3Record;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.model.TimelineEntry;

/**
 * A phone-only complaint taken all the way (received Monday 2 November 2026, extended, paused and restarted, answered,
 * then Stage 2 and Stage 3), with invented details, so every letter has its dates to print.
 */
public final class SampleLetters {
    public static final TimescalePolicy POLICY =
            TimescalePolicyFile.bundledPolicy(BankHolidaySource.bundled().calendar());
    public static final Letterhead LETTERHEAD = new Letterhead(
            "Example County Council",
            "Shire Hall, Castle Hill, Cambridge, CB3 0AP",
            "01632 960100",
            "complaints@council.example",
            "National Youth Advocacy Service (NYAS)",
            "0808 808 1001",
            "https://www.nyas.net");
    public static final LocalDate mon_2026_11_02 = LocalDate.of(2026, 11, 2);
    public static final LocalDate mon_2026_11_30 = LocalDate.of(2026, 11, 30);

    private SampleLetters() {}

    public static Complaint throughStage3() {
        Intake intake = new Intake(
                mon_2026_11_02,
                Route.TELEPHONE,
                Procedure.STATUTORY_CHILDRENS,
                new Complainant(
                        "Pat O'Brien <Grandparent>",
                        null,
                        "01632 960000",
                        "1 High Street, Huntingdon, PE29 3TN",
                        Relationship.GRANDPARENT,
                        "person-1"),
                false,
                new ChildDetails(null, AgeBand.AGE_5_9, Gender.FEMALE),
                new TeamName("Huntingdon"),
                List.of(IssueCategory.COMMUNICATION),
                "They did not call back.",
                "A phone call every week.",
                null,
                false,
                false);
        Stage1Record s1 = new Stage1Record(
                LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 11, 30),
                "complex",
                LocalDate.of(2026, 11, 12),
                LocalDate.of(2026, 11, 27),
                "reply sent",
                LocalDate.of(2026, 12, 29),
                null);
        Stage2Record s2 = new Stage2Record(
                LocalDate.of(2026, 12, 1),
                "not happy",
                LocalDate.of(2027, 1, 11),
                LocalDate.of(2027, 3, 5),
                null,
                null,
                null,
                LocalDate.of(2027, 1, 8),
                LocalDate.of(2026, 12, 3),
                null,
                null,
                null);
        Stage3Record s3 = new Stage3Record(
                LocalDate.of(2027, 1, 15),
                LocalDate.of(2027, 2, 26),
                null,
                List.of(),
                null,
                null,
                null,
                null,
                LocalDate.of(2027, 2, 17),
                null);
        ComplaintParts parts = new ComplaintParts(
                null, null, s1, s2, s3, null, Map.of(), Outcome.ONGOING, null, null, Set.of(), Set.of(), null);
        List<TimelineEntry> timeline = List.of(
                new TimelineEntry(
                        Instant.parse("2026-11-05T10:00:00Z"),
                        "officer@council.test",
                        "clock stopped",
                        "",
                        ClockEvent.paused(
                                LocalDate.of(2026, 11, 5), PauseReason.AWAITING_CONSENT, ComplaintState.Stage.STAGE_1)),
                new TimelineEntry(
                        Instant.parse("2026-11-09T10:00:00Z"),
                        "officer@council.test",
                        "clock restarted",
                        "",
                        ClockEvent.resumed(LocalDate.of(2026, 11, 9), ComplaintState.Stage.STAGE_1)));
        return Complaint.restore(
                new ComplaintId("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b"),
                new Reference(2026, 42),
                7,
                intake,
                ComplaintState.STAGE3_REQUESTED,
                parts,
                timeline);
    }
}
