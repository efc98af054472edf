package uk.childrenscomplaints.complaint.application.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.model.SampleTeams;

/** A child or young person may complain without an email, phone or address; an adult must give one (decision 033). */
class ChildWithoutContactTest {
    private static final LocalDate MON_2026_11_30 = LocalDate.of(2026, 11, 30);
    private final NewComplaintValidation validation = new NewComplaintValidation(SampleTeams.SEED);

    private static NewComplaint withoutContact(String relationship) {
        return new NewComplaint(
                "Jay",
                null,
                null,
                null,
                relationship,
                true,
                null,
                null,
                null,
                false,
                null,
                List.of("other"),
                "My social worker keeps changing and nobody tells me.",
                null,
                null,
                null,
                true,
                null,
                null);
    }

    @Test
    void aChildWithNoEmailPhoneOrAddressIsAcceptedOn30November2026() {
        assertThat(validation.check(withoutContact("child"), MON_2026_11_30)).isEmpty();
    }

    @Test
    void aParentWithNoEmailPhoneOrAddressIsStillAskedForOne() {
        assertThat(validation.check(withoutContact("parent_carer"), MON_2026_11_30))
                .extracting(FieldError::field)
                .containsExactly("contact");
        assertThat(validation.check(withoutContact("advocate"), MON_2026_11_30))
                .extracting(FieldError::field)
                .containsExactly("contact");
    }
}
