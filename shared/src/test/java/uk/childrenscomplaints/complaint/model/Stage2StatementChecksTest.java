package uk.childrenscomplaints.complaint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.model.ComplaintFixtures.STAFF;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.clock.infrastructure.BankHolidaySource;
import uk.childrenscomplaints.clock.infrastructure.TimescalePolicyFile;
import uk.childrenscomplaints.clock.model.TimescaleId;
import uk.childrenscomplaints.clock.model.TimescalePolicy;

/**
 * What the sweep owes a Stage 2 investigation: one chase while no complaint statement is agreed, then reminders and
 * alerts that follow the agreed statement's dates and any extension. Stage 2 requested Mon 7 Dec 2026.
 */
class Stage2StatementChecksTest {
    private static final TimescalePolicy POLICY =
            TimescalePolicyFile.bundledPolicy(BankHolidaySource.bundled().calendar());
    private static final DeadlineChecks CHECKS = new DeadlineChecks(POLICY, DeadlineChecks.Settings.DEFAULT);

    private static final LocalDate mon_2026_11_30 = LocalDate.of(2026, 11, 30);
    private static final LocalDate mon_2026_12_07 = LocalDate.of(2026, 12, 7);
    private static final LocalDate mon_2026_12_14 = LocalDate.of(2026, 12, 14);

    private static Complaint stage2RequestedOn7December() {
        Complaint c = ComplaintFixtures.statutory(
                ComplaintId.random(), mon_2026_11_30, POLICY.dueDate(TimescaleId.STAGE1_RESPONSE, mon_2026_11_30));
        LaterStages.requestStage2(c, mon_2026_12_07, "Serious", true, clockFrom(mon_2026_12_07), STAFF);
        return c;
    }

    private static LaterStages.Stage2Clock clockFrom(LocalDate day) {
        return new LaterStages.Stage2Clock(
                POLICY.dueDate(TimescaleId.STAGE2_INVESTIGATION, day),
                POLICY.dueDate(TimescaleId.STAGE2_INVESTIGATION_LIMIT, day));
    }

    private static Complaint agreedOn14December() {
        Complaint c = stage2RequestedOn7December();
        Stage2Investigation.agreeStatement(c, mon_2026_12_14, clockFrom(mon_2026_12_14), STAFF);
        return c;
    }

    private static List<NoticeKind> kinds(Complaint c, LocalDate day) {
        return CHECKS.due(c, day).stream().map(DueNotice::kind).toList();
    }

    @Test
    void noStatementTenWorkingDaysAfterTheRequestIsChasedOnceOnMonday21DecemberUnderOneKey() {
        Complaint c = stage2RequestedOn7December();
        assertThat(kinds(c, LocalDate.of(2026, 12, 18))).doesNotContain(NoticeKind.STATEMENT_CHASE);
        List<DueNotice> mon = CHECKS.due(c, LocalDate.of(2026, 12, 21));
        List<DueNotice> tue = CHECKS.due(c, LocalDate.of(2026, 12, 22));
        assertThat(mon)
                .filteredOn(n -> n.kind() == NoticeKind.STATEMENT_CHASE)
                .extracting(DueNotice::key)
                .containsExactly("statement-chase#2026-12-07");
        assertThat(tue).isEqualTo(mon);
    }

    @Test
    void anAgreedStatementIsNotChased() {
        assertThat(kinds(agreedOn14December(), LocalDate.of(2026, 12, 21))).isEmpty();
    }

    @Test
    void theReminderFollowsTheAgreedStatementAndThenTheExtension() {
        Complaint c = agreedOn14December();
        // Due Thu 21 Jan 2027; the reminder goes three working days before it, Mon 18 Jan.
        assertThat(kinds(c, LocalDate.of(2027, 1, 11))).isEmpty();
        assertThat(CHECKS.due(c, LocalDate.of(2027, 1, 18)))
                .extracting(DueNotice::key)
                .containsExactly("stage2-due#2027-01-21#0");
        Stage2Investigation.extend(
                c,
                LocalDate.of(2027, 2, 18),
                "Four services",
                LocalDate.of(2027, 1, 15),
                LocalDate.of(2027, 3, 18),
                STAFF);
        assertThat(kinds(c, LocalDate.of(2027, 1, 18))).isEmpty();
        assertThat(kinds(c, LocalDate.of(2027, 1, 22))).isEmpty();
        assertThat(CHECKS.due(c, LocalDate.of(2027, 2, 15)))
                .extracting(DueNotice::key)
                .containsExactly("stage2-due#2027-02-18#0");
    }

    @Test
    void theSixtyFiveDayLimitIsChasedFromTheAgreedStatementNotTheRequest() {
        Complaint requested = stage2RequestedOn7December();
        Complaint agreed = agreedOn14December();
        // From the request the limit would be Thu 11 Mar 2027 (reminder Mon 8 Mar); from the statement Thu 18 Mar.
        assertThat(kinds(requested, LocalDate.of(2027, 3, 8))).contains(NoticeKind.STAGE2_LIMIT);
        assertThat(kinds(agreed, LocalDate.of(2027, 3, 8))).doesNotContain(NoticeKind.STAGE2_LIMIT);
        assertThat(CHECKS.due(agreed, LocalDate.of(2027, 3, 19)))
                .extracting(DueNotice::key)
                .contains("stage2-limit#2027-03-18#1");
    }
}
