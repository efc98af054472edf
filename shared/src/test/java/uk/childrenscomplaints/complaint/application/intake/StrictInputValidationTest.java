package uk.childrenscomplaints.complaint.application.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.model.SampleTeams;

/** The free-text rule and the plausible date ranges on a complaint (issue 13, finding 8). */
class StrictInputValidationTest {
    private static final LocalDate FRI_2026_03_20 = LocalDate.of(2026, 3, 20);
    private final NewComplaintValidation validation = new NewComplaintValidation(SampleTeams.SEED);

    private static NewComplaint complaint(String name, String whatHappened, LocalDate occurred, LocalDate received) {
        return new NewComplaint(
                name,
                "alex@example.test",
                null,
                "1 High Street\nHuntingdon",
                "parent_carer",
                false,
                "Sam",
                12,
                "female",
                false,
                "Huntingdon",
                List.of("communication"),
                whatHappened,
                null,
                occurred,
                "statutory_childrens",
                true,
                "telephone",
                received);
    }

    @Test
    void aComplaintWithLineBreaksAndTabsIsAccepted() {
        assertThat(validation.checkLoggedByStaff(
                        complaint("Alex Parent", "Nobody called.\n\tTwice.", null, FRI_2026_03_20), FRI_2026_03_20))
                .isEmpty();
    }

    @Test
    void aHiddenCharacterIsOneProblemNamingTheFieldAsTheFormLabelsIt() {
        String huge = "x".repeat(20_000) + "\u0000";
        assertThat(validation.check(complaint("Alex\u001B[2J", huge, null, null), FRI_2026_03_20))
                .containsExactly(
                        new FieldError("complainantName", "Remove the hidden control character from 'Full name'"),
                        new FieldError(
                                "whatHappened", "Remove the hidden control character from 'Tell us what happened'"));
        assertThat(validation.check(complaint("Alex Parent", "ok\u202Etxt.exe", null, null), FRI_2026_03_20))
                .containsExactly(new FieldError(
                        "whatHappened", "Remove the hidden text-direction character from 'Tell us what happened'"));
        assertThat(validation.check(complaint("Alex \uD800Parent", "ok", null, null), FRI_2026_03_20))
                .containsExactly(new FieldError("complainantName", "Remove the broken character from 'Full name'"));
    }

    @Test
    void aMatterThatHappenedBefore1900OrAfterTodayIsRefused() {
        assertThat(validation.check(complaint("Alex", "ok", LocalDate.of(1, 1, 1), null), FRI_2026_03_20))
                .extracting(FieldError::field)
                .containsExactly("matterOccurredOn");
        assertThat(validation.check(complaint("Alex", "ok", LocalDate.of(1899, 12, 31), null), FRI_2026_03_20))
                .extracting(FieldError::field)
                .containsExactly("matterOccurredOn");
        assertThat(validation.check(complaint("Alex", "ok", LocalDate.of(1900, 1, 1), null), FRI_2026_03_20))
                .isEmpty();
        assertThat(validation.check(complaint("Alex", "ok", LocalDate.of(2026, 3, 21), null), FRI_2026_03_20))
                .extracting(FieldError::field)
                .containsExactly("matterOccurredOn");
    }

    @Test
    void aComplaintReceivedBefore1April2008IsRefusedAndOnThatDayIsTaken() {
        assertThat(validation.checkLoggedByStaff(complaint("Alex", "ok", null, LocalDate.of(1, 1, 1)), FRI_2026_03_20))
                .containsExactly(
                        new FieldError("receivedOn", "The date received must be 2008-04-01 or later: check the year"));
        assertThat(validation.checkLoggedByStaff(
                        complaint("Alex", "ok", null, LocalDate.of(2008, 3, 31)), FRI_2026_03_20))
                .extracting(FieldError::field)
                .containsExactly("receivedOn");
        assertThat(validation.checkLoggedByStaff(
                        complaint("Alex", "ok", null, LocalDate.of(2008, 4, 1)), FRI_2026_03_20))
                .isEmpty();
    }
}
