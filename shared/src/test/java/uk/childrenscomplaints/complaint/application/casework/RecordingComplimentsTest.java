package uk.childrenscomplaints.complaint.application.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.model.SampleTeams;
import uk.childrenscomplaints.complaint.model.TeamName;

/** What a compliment may hold, checked before anything is stored (issue 13: the fuzz suite's findings). */
class RecordingComplimentsTest {
    private static final LocalDate MON_2027_01_04 = LocalDate.of(2027, 1, 4);
    private final RecordingCompliments recording = new RecordingCompliments(
            null, SampleTeams.SEED, Clock.fixed(Instant.parse("2027-01-04T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void whoAComplimentIsFromIsAtMost200Characters() {
        TeamName ecf = new TeamName("ECF");

        assertThat(recording.problems(ecf, MON_2027_01_04, "a".repeat(200), "Thank you"))
                .isEmpty();
        assertThat(recording.problems(ecf, MON_2027_01_04, "a".repeat(201), "Thank you"))
                .containsExactly(new FieldError("fromWhom", "From must be 200 characters or fewer"));
    }
}
