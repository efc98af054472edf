package uk.childrenscomplaints.complaint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PastComplaintTest {
    private static final LocalDate TUE_2009_09_15 = LocalDate.of(2009, 9, 15);

    private static PastComplaint ongoing(
            Procedure procedure,
            LocalDate respondedOn,
            LocalDate stage2RequestedOn,
            LocalDate stage2CompletedOn,
            LocalDate stage3RequestedOn) {
        return new PastComplaint(
                Reference.legacy("OLD-1"),
                TUE_2009_09_15,
                Route.LETTER,
                procedure,
                "key",
                Relationship.PARENT_CARER,
                false,
                AgeBand.AGE_5_9,
                Gender.FEMALE,
                null,
                List.of(),
                respondedOn,
                false,
                Outcome.ONGOING,
                stage2RequestedOn,
                stage2CompletedOn,
                null,
                stage3RequestedOn,
                null,
                null);
    }

    @Test
    void anOngoingStatutoryComplaintStandsAtTheLastStageItsDatesReach() {
        LocalDate d = TUE_2009_09_15.plusDays(20);
        assertThat(ongoing(Procedure.STATUTORY_CHILDRENS, null, null, null, null)
                        .state())
                .isEqualTo(ComplaintState.STAGE1_OPEN);
        assertThat(ongoing(Procedure.STATUTORY_CHILDRENS, d, null, null, null).state())
                .isEqualTo(ComplaintState.STAGE1_RESPONDED);
        assertThat(ongoing(Procedure.STATUTORY_CHILDRENS, d, d, null, null).state())
                .isEqualTo(ComplaintState.STAGE2_INVESTIGATING);
        assertThat(ongoing(Procedure.STATUTORY_CHILDRENS, d, d, d, null).state())
                .isEqualTo(ComplaintState.STAGE2_RESPONDED);
        assertThat(ongoing(Procedure.STATUTORY_CHILDRENS, d, d, d, d).state())
                .isEqualTo(ComplaintState.STAGE3_REQUESTED);
        assertThat(ongoing(Procedure.SCHOOLS, d, null, null, null).state())
                .isEqualTo(ComplaintState.RECORDED_FOR_ROUTING);
    }

    @Test
    void anImportedComplaintStillOpenNeverFallsDueAndOwesNothing() {
        Complaint c = ongoing(Procedure.STATUTORY_CHILDRENS, null, null, null, null)
                .toComplaint(new Change("officer", Instant.parse("2027-01-04T10:00:00Z")));
        assertThat(c.state()).isEqualTo(ComplaintState.STAGE1_OPEN);
        assertThat(c.nextDeadline()).isEmpty();
        assertThat(c.parts().outbox()).isEmpty();
        assertThat(c.outcome()).isEqualTo(Outcome.ONGOING);
        assertThat(c.parts().stage1().dueOn()).isNull();
        assertThat(Stage2EntitlementPolicy.isEntitled(c, LocalDate.of(2027, 1, 4)))
                .isFalse();
    }
}
