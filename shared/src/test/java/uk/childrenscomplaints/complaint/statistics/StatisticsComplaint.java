package uk.childrenscomplaints.complaint.statistics;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import uk.childrenscomplaints.clock.model.BankHolidays;
import uk.childrenscomplaints.clock.model.WorkingDayCalendar;
import uk.childrenscomplaints.complaint.model.AgeBand;
import uk.childrenscomplaints.complaint.model.ChildDetails;
import uk.childrenscomplaints.complaint.model.Complainant;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.ComplaintParts;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.Gender;
import uk.childrenscomplaints.complaint.model.Intake;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.OmbudsmanDecision;
import uk.childrenscomplaints.complaint.model.OmbudsmanRecord;
import uk.childrenscomplaints.complaint.model.Outcome;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Reference;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Reopening;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.model.Stage1Record;
import uk.childrenscomplaints.complaint.model.Stage2Record;
import uk.childrenscomplaints.complaint.model.Stage3Record;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.model.TimelineEntry;

/** A test complaint as stored, built one fact at a time; the details are invented. */
public final class StatisticsComplaint {
    private static int nextNumber = 1;

    /** England and Wales bank holidays for 2009 and 2010, as GOV.UK lists them. */
    public static final WorkingDayCalendar CALENDAR_2009_2010 = new WorkingDayCalendar(BankHolidays.of(List.of(
            LocalDate.of(2009, 1, 1),
            LocalDate.of(2009, 4, 10),
            LocalDate.of(2009, 4, 13),
            LocalDate.of(2009, 5, 4),
            LocalDate.of(2009, 5, 25),
            LocalDate.of(2009, 8, 31),
            LocalDate.of(2009, 12, 25),
            LocalDate.of(2009, 12, 28),
            LocalDate.of(2010, 1, 1),
            LocalDate.of(2010, 4, 2),
            LocalDate.of(2010, 4, 5),
            LocalDate.of(2010, 5, 3),
            LocalDate.of(2010, 5, 31),
            LocalDate.of(2010, 8, 30),
            LocalDate.of(2010, 12, 27),
            LocalDate.of(2010, 12, 28))));

    private final LocalDate receivedOn;
    private Procedure procedure = Procedure.STATUTORY_CHILDRENS;
    private Relationship relationship = Relationship.PARENT_CARER;
    private String personKey;
    private boolean viaAdvocate;
    private ChildDetails child = ChildDetails.UNKNOWN;
    private TeamName team;
    private List<IssueCategory> issues = List.of();
    private ComplaintState state = ComplaintState.STAGE1_OPEN;
    private Outcome outcome;
    private LocalDate stage1RespondedOn;
    private Stage2Record stage2;
    private Stage3Record stage3;
    private OmbudsmanRecord ombudsman;
    private Route route = Route.LETTER;
    private List<TimelineEntry> timeline = List.of();

    private StatisticsComplaint(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public static StatisticsComplaint received(LocalDate on) {
        return new StatisticsComplaint(on);
    }

    public StatisticsComplaint procedure(Procedure p) {
        procedure = p;
        return this;
    }

    public StatisticsComplaint from(Relationship r, String key) {
        relationship = r;
        personKey = key;
        return this;
    }

    public StatisticsComplaint viaAdvocate() {
        viaAdvocate = true;
        return this;
    }

    public StatisticsComplaint child(AgeBand age, Gender gender) {
        child = new ChildDetails(null, age, gender);
        return this;
    }

    public StatisticsComplaint team(String name) {
        team = new TeamName(name);
        return this;
    }

    public StatisticsComplaint issues(IssueCategory... raised) {
        issues = List.of(raised);
        return this;
    }

    /** Closed with this outcome (withdrawn and not-investigated close in their own states). */
    public StatisticsComplaint outcome(Outcome o) {
        outcome = o;
        state = switch (o) {
            case WITHDRAWN -> ComplaintState.WITHDRAWN;
            case NOT_INVESTIGATED -> ComplaintState.NOT_INVESTIGATED;
            default -> ComplaintState.CLOSED;
        };
        return this;
    }

    public StatisticsComplaint openAt(ComplaintState s) {
        state = s;
        outcome = null;
        return this;
    }

    public StatisticsComplaint stage1RespondedOn(LocalDate on) {
        stage1RespondedOn = on;
        return this;
    }

    public StatisticsComplaint stage2(LocalDate requestedOn, Long costPounds) {
        stage2 = new Stage2Record(requestedOn, "Not satisfied", null, null, null, null, costPounds, null);
        return this;
    }

    public StatisticsComplaint stage3(LocalDate requestedOn) {
        stage3 = new Stage3Record(requestedOn, null, null, List.of(), null, null, null, "Still not satisfied");
        return this;
    }

    public StatisticsComplaint ombudsman(LocalDate referredOn, OmbudsmanDecision decision, LocalDate decidedOn) {
        ombudsman = new OmbudsmanRecord(referredOn, ComplaintState.STAGE3_DECIDED, decision, decidedOn);
        return this;
    }

    public StatisticsComplaint by(Route r) {
        route = r;
        return this;
    }

    /** Withdrawn and reopened (issue 14): both on its timeline, as the workflow writes them. */
    public StatisticsComplaint reopened(LocalDate withdrawnOn, LocalDate reopenedOn) {
        timeline = List.of(
                new TimelineEntry(receivedOn.atStartOfDay(ZoneOffset.UTC).toInstant(), "officer", "received", ""),
                new TimelineEntry(withdrawnOn.atStartOfDay(ZoneOffset.UTC).toInstant(), "officer", "withdrawn", ""),
                new TimelineEntry(
                        reopenedOn.atStartOfDay(ZoneOffset.UTC).toInstant(), "officer", Reopening.REOPENED, ""));
        return this;
    }

    public Complaint build() {
        Intake intake = new Intake(
                receivedOn,
                route,
                procedure,
                new Complainant("A Person", null, null, null, relationship, personKey),
                viaAdvocate,
                child,
                team,
                issues,
                "Invented for a test.",
                null,
                null,
                false,
                false);
        ComplaintParts parts = ComplaintParts.empty()
                .withStage1(
                        procedure.runsStatutoryClock()
                                ? Stage1Record.due(receivedOn.plusDays(14)).respondedOn(stage1RespondedOn, null, null)
                                : null)
                .withStage2(stage2)
                .withStage3(stage3)
                .withOmbudsman(ombudsman)
                .withClosing(outcome, outcome == null ? null : "Recorded for a test");
        return Complaint.restore(
                new ComplaintId(UUID.randomUUID().toString()),
                new Reference(FinancialQuarter.financialYearOf(receivedOn), nextNumber++),
                1,
                intake,
                procedure.runsStatutoryClock() || outcome != null ? state : ComplaintState.RECORDED_FOR_ROUTING,
                parts,
                timeline);
    }
}
