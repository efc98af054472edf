package uk.childrenscomplaints.complaint.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.childrenscomplaints.complaint.application.Workflow.DIRECTOR;
import static uk.childrenscomplaints.complaint.application.Workflow.FRI_2026_03_20;
import static uk.childrenscomplaints.complaint.application.Workflow.HUNTINGDON_MANAGER;
import static uk.childrenscomplaints.complaint.application.Workflow.KINSHIP_MANAGER;
import static uk.childrenscomplaints.complaint.application.Workflow.OFFICER;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.InMemoryComplaints;
import uk.childrenscomplaints.complaint.application.Workflow;
import uk.childrenscomplaints.complaint.application.casework.CaseResult;
import uk.childrenscomplaints.complaint.application.ports.AccessLog;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;

/** Who looked (decision 029): what is recorded, who may list it, and that a read is never answered unrecorded. */
class RecordingAccessTest {
    private static final LocalDate mon_2026_03_16 = LocalDate.of(2026, 3, 16);

    private final InMemoryComplaints complaints = new InMemoryComplaints();
    private final List<AccessLog.AccessEvent> recorded = new ArrayList<>();
    private boolean logDown;
    private final AccessLog log = new AccessLog() {
        @Override
        public void record(AccessEvent event) {
            if (logDown) {
                throw new IllegalStateException("the table is unavailable");
            }
            recorded.add(event);
        }

        @Override
        public AccessPage ofComplaint(String complaintId, String pageToken, int pageSize) {
            return new AccessPage(
                    recorded.stream()
                            .filter(e -> complaintId.equals(e.complaintId()))
                            .toList(),
                    null);
        }

        @Override
        public AccessPage byStaff(String staffId, Instant from, Instant to, String pageToken, int pageSize) {
            return new AccessPage(
                    recorded.stream().filter(e -> e.staffId().equals(staffId)).toList(), null);
        }
    };
    private final RecordingAccess access =
            new RecordingAccess(new Workflow(complaints, FRI_2026_03_20).handling, log, FRI_2026_03_20);

    private ComplaintId huntingdonComplaint() {
        Complaint c = ComplaintFixtures.statutory(
                ComplaintId.random(),
                mon_2026_03_16,
                Workflow.POLICY.dueDate(
                        uk.childrenscomplaints.clock.model.TimescaleId.STAGE1_RESPONSE, mon_2026_03_16));
        complaints.add(c);
        return c.id();
    }

    @Test
    void aManagersReadOn20March2026IsRecordedWithTheirRoleTeamAndRouteAndNothingOfTheComplaint() {
        ComplaintId id = huntingdonComplaint();

        CaseResult result = access.view(HUNTINGDON_MANAGER, id, "GET /staff/complaints/{id}");

        assertThat(result).isInstanceOf(CaseResult.Done.class);
        assertThat(recorded)
                .singleElement()
                .isEqualTo(new AccessLog.AccessEvent(
                        Instant.parse("2026-03-20T10:00:00Z"),
                        "sam.manager@council.test",
                        List.of("responding-manager"),
                        List.of("Huntingdon"),
                        "GET /staff/complaints/{id}",
                        id.value(),
                        null,
                        null,
                        null));
    }

    @Test
    void aRefusedReadOfAnotherTeamsComplaintRecordsNothing() {
        ComplaintId id = huntingdonComplaint();

        assertThat(access.view(KINSHIP_MANAGER, id, "GET /staff/complaints/{id}"))
                .isInstanceOf(CaseResult.Forbidden.class);

        assertThat(recorded).isEmpty();
    }

    @Test
    void whenTheRecordCannotBeWrittenTheReadFailsRatherThanAnswerUnrecorded() {
        ComplaintId id = huntingdonComplaint();
        logDown = true;

        assertThatThrownBy(() -> access.view(OFFICER, id, "GET /staff/pages/complaints/{id}"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyTheComplaintsTeamSeesWhoViewedAndOnlyADirectorListsAMembersReads() {
        ComplaintId id = huntingdonComplaint();
        access.view(OFFICER, id, "GET /staff/pages/complaints/{id}");

        assertThat(access.whoViewed(OFFICER, id, null)).isInstanceOf(RecordingAccess.Listing.Found.class);
        assertThat(access.whoViewed(HUNTINGDON_MANAGER, id, null))
                .isInstanceOf(RecordingAccess.Listing.Forbidden.class);
        assertThat(access.whoViewed(DIRECTOR, id, null)).isInstanceOf(RecordingAccess.Listing.Forbidden.class);
        assertThat(access.accessesBy(OFFICER, "officer@council.test", mon_2026_03_16, mon_2026_03_16, null))
                .isInstanceOf(RecordingAccess.Listing.Forbidden.class);
        assertThat(access.accessesBy(DIRECTOR, "officer@council.test", mon_2026_03_16, mon_2026_03_16, null))
                .isInstanceOf(RecordingAccess.Listing.Found.class);
    }

    @Test
    void aDirectorsListingFrom1April2025To1April2026IsOneDayOverTheYearAndIsRefusedAsAreBackwardDates() {
        RecordingAccess.Listing tooLong =
                access.accessesBy(DIRECTOR, "officer", LocalDate.of(2025, 4, 1), LocalDate.of(2026, 4, 2), null);
        RecordingAccess.Listing backwards =
                access.accessesBy(DIRECTOR, "officer", LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 19), null);
        RecordingAccess.Listing wholeYearInclusive =
                access.accessesBy(DIRECTOR, "officer", LocalDate.of(2025, 4, 1), LocalDate.of(2026, 4, 1), null);

        assertThat(tooLong).isInstanceOf(RecordingAccess.Listing.Invalid.class);
        assertThat(((RecordingAccess.Listing.Invalid) tooLong).errors())
                .extracting(e -> e.field() + ": " + e.message())
                .containsExactly("to: Choose a period of at most 366 days");
        assertThat(backwards).isInstanceOf(RecordingAccess.Listing.Invalid.class);
        assertThat(wholeYearInclusive).isInstanceOf(RecordingAccess.Listing.Found.class);
    }
}
