package uk.childrenscomplaints.workflow.pages.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.clock.infrastructure.BankHolidaySource;
import uk.childrenscomplaints.complaint.model.Change;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.UndeliverableAddress;

/** The dashboard says in words which complaints' complainants can no longer be emailed, and counts them. */
class DashboardTest {
    private static final LocalDate mon_2026_05_11 = LocalDate.of(2026, 5, 11);

    @Test
    void aComplainantWhoseEmailBouncedIsTaggedAndCounted() {
        Complaint bounced =
                ComplaintFixtures.statutory(ComplaintId.random(), mon_2026_05_11, LocalDate.of(2026, 5, 26));
        bounced.recordUndeliveredEmail(
                "email bounced",
                "The acknowledgement to the complainant bounced",
                new UndeliverableAddress(UndeliverableAddress.Reason.BOUNCED, Instant.parse("2026-05-11T09:41:02Z")),
                new Change("email delivery", Instant.parse("2026-05-11T09:45:00Z")));
        Complaint fine = ComplaintFixtures.statutory(ComplaintId.random(), mon_2026_05_11, LocalDate.of(2026, 5, 26));

        Map<String, Object> model = Dashboard.model(
                List.of(bounced, fine),
                mon_2026_05_11,
                BankHolidaySource.bundled().calendar());

        assertThat(model).containsEntry("undeliverableCount", 1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) model.get("rows");
        assertThat(rows).extracting(r -> r.get("undeliverable")).containsExactly("Email bounced: write or phone", null);
        assertThat(bounced.mayEmailComplainant()).isFalse();
        assertThat(fine.mayEmailComplainant()).isTrue();
    }
}
