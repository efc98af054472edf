package uk.childrenscomplaints.complaint.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Test complaints with plausible, invented details. */
public final class ComplaintFixtures {
    public static final Change STAFF = new Change("officer@council.test", Instant.parse("2026-01-05T09:00:00Z"));

    private ComplaintFixtures() {}

    public static Intake intake(LocalDate receivedOn, Procedure procedure) {
        return new Intake(
                receivedOn,
                Route.ONLINE,
                procedure,
                new Complainant("Pat Example", "pat@example.test", null, null, Relationship.GRANDPARENT, "person-1"),
                false,
                new ChildDetails(null, AgeBand.AGE_5_9, Gender.FEMALE),
                new TeamName("Huntingdon"),
                List.of(IssueCategory.COMMUNICATION, IssueCategory.STANDARDS),
                "They did not call back.",
                "A phone call every week.",
                null,
                false,
                false);
    }

    public static Complaint statutory(ComplaintId id, LocalDate receivedOn, LocalDate dueOn) {
        return Complaint.receive(
                id,
                new Reference(FinancialQuarter.financialYearOf(receivedOn), 1),
                intake(receivedOn, Procedure.STATUTORY_CHILDRENS),
                dueOn,
                STAFF);
    }

    public static Respondent respondent() {
        return new Respondent("Sam Manager", "sam.manager@council.test", false);
    }

    public static Respondent second() {
        return new Respondent("Alex Deputy", "alex.deputy@council.test", false);
    }
}
