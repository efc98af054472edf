package uk.childrenscomplaints.complaint.application.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.application.Workflow.DIRECTOR;
import static uk.childrenscomplaints.complaint.application.Workflow.FRI_2026_03_20;
import static uk.childrenscomplaints.complaint.application.Workflow.HUNTINGDON_MANAGER;
import static uk.childrenscomplaints.complaint.application.Workflow.NOBODY;
import static uk.childrenscomplaints.complaint.application.Workflow.OFFICER;
import static uk.childrenscomplaints.complaint.application.Workflow.POLICY;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.InMemoryComplaints;
import uk.childrenscomplaints.complaint.application.InMemoryIdempotencyKeys;
import uk.childrenscomplaints.complaint.application.RelayedComplaints;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;
import uk.childrenscomplaints.complaint.application.deadlines.DeadlineNotices;
import uk.childrenscomplaints.complaint.application.deadlines.Notifications;
import uk.childrenscomplaints.complaint.application.deadlines.Recipients;
import uk.childrenscomplaints.complaint.application.deadlines.RelayingOwedNotifications;
import uk.childrenscomplaints.complaint.application.deadlines.SendingOwedNotifications;
import uk.childrenscomplaints.complaint.application.ports.Email;
import uk.childrenscomplaints.complaint.model.SampleTeams;

/** Logging a complaint that came another way is the complaints team's alone, whichever edge asks (docs/roles.md). */
class LoggingComplaintForStaffTest {
    private final InMemoryComplaints complaints = new InMemoryComplaints();
    private final List<Email> mail = new CopyOnWriteArrayList<>();
    private final SubmittingComplaint submitting = new SubmittingComplaint(
            new RelayedComplaints(
                    complaints,
                    new RelayingOwedNotifications(
                            complaints,
                            new SendingOwedNotifications(
                                    complaints,
                                    mail::add,
                                    e -> {},
                                    new Notifications("Example Council", "complaints@council.test"),
                                    new DeadlineNotices(
                                            new Recipients("complaints@council.test", Map.of()), "Example Council")))),
            POLICY,
            SampleTeams.SEED,
            new InMemoryIdempotencyKeys(),
            IdempotencyPeriods.DEFAULT,
            null,
            FRI_2026_03_20);

    private static NewComplaint byTelephoneOn(LocalDate receivedOn) {
        return new NewComplaint(
                "Alex Parent",
                "alex@example.test",
                null,
                null,
                "parent_carer",
                false,
                "Sam",
                12,
                "female",
                false,
                "Huntingdon",
                List.of("communication"),
                "Nobody called back.",
                "A call every week",
                null,
                "statutory_childrens",
                true,
                "telephone",
                receivedOn);
    }

    @Test
    void theComplaintsTeamLogsAComplaintUnderTheirOwnName() {
        SubmissionResult result = submitting.logForStaff(OFFICER, byTelephoneOn(LocalDate.of(2026, 3, 19)), "call-1");

        assertThat(result).isInstanceOf(SubmissionResult.Accepted.class);
        assertThat(((SubmissionResult.Accepted) result)
                        .complaint()
                        .timeline()
                        .get(0)
                        .actor())
                .isEqualTo(OFFICER.username());
    }

    @Test
    void managersDirectorsAndMembersWithNoRoleAreRefusedAndNothingIsStoredOrSent() {
        for (StaffMember who : List.of(HUNTINGDON_MANAGER, DIRECTOR, NOBODY)) {
            SubmissionResult result =
                    submitting.logForStaff(who, byTelephoneOn(LocalDate.of(2026, 3, 19)), "call-" + who.username());

            assertThat(result).as(who.username()).isInstanceOf(SubmissionResult.Forbidden.class);
        }
        assertThat(complaints.receivedIn(
                        uk.childrenscomplaints.complaint.model.FinancialQuarter.of(LocalDate.of(2026, 3, 19)),
                        LocalDate.of(2026, 3, 19),
                        LocalDate.of(2026, 3, 19)))
                .isEmpty();
        assertThat(mail).isEmpty();
    }

    @Test
    void aRefusedMemberLearnsNothingAboutWhatWasWrongWithTheForm() {
        SubmissionResult result = submitting.logForStaff(HUNTINGDON_MANAGER, byTelephoneOn(null), "call-x");

        assertThat(result).isInstanceOf(SubmissionResult.Forbidden.class);
    }

    /** Issue 13, finding 9: the answer carried version 0 while the stored complaint was at 1. */
    @Test
    void aLoggedComplaintAnswersTheVersionItIsStoredAtAndARepeatAnswersTheSame() {
        SubmissionResult first = submitting.logForStaff(OFFICER, byTelephoneOn(LocalDate.of(2026, 3, 19)), "call-v");
        SubmissionResult again = submitting.logForStaff(OFFICER, byTelephoneOn(LocalDate.of(2026, 3, 19)), "call-v");

        var stored = ((SubmissionResult.Accepted) first).complaint();
        assertThat(stored.version())
                .isEqualTo(complaints.find(stored.id()).orElseThrow().version())
                .isEqualTo(1);
        assertThat(((SubmissionResult.Accepted) again).complaint().version()).isEqualTo(1);
    }

    @Test
    void aComplaintReceivedOnFri_2007_06_01IsRefusedAsBeforeTheCouncilsRecordsAndNothingIsStoredOrSent() {
        SubmissionResult result = submitting.logForStaff(OFFICER, byTelephoneOn(LocalDate.of(2007, 6, 1)), "call-2007");

        assertThat(result)
                .isInstanceOfSatisfying(
                        SubmissionResult.Invalid.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(e -> e.field() + ": " + e.message())
                                .containsExactly(
                                        "receivedOn: The date received must be 2008-04-01 or later: check the year"));
        assertThat(complaints.size()).isZero();
        assertThat(mail).isEmpty();
    }

    @Test
    void aLoggedComplaintRecordsTheCalendarVersionItsDueDateWasCountedOn() {
        SubmissionResult result = submitting.logForStaff(OFFICER, byTelephoneOn(LocalDate.of(2026, 3, 19)), "call-cv");

        var stored = ((SubmissionResult.Accepted) result).complaint();
        assertThat(stored.calendarVersion()).isPresent().get().asString().hasSize(12);
    }
}
