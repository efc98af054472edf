package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.deadlines.RetentionResult;
import uk.childrenscomplaints.deadlines.SweepResult;
import uk.childrenscomplaints.deadlines.WeeklySummaryResult;

/** The template's schedules fired at the real deadline-check and weekly summary handlers, through the whole runtime. */
class LocalSchedulesIT {

    private static final Instant FRI_2026_12_25_0700 = london("2026-12-25T07:00");
    private static final Instant THU_2026_12_24_0700 = london("2026-12-24T07:00");
    private static final Instant MON_2026_11_23_0800 = london("2026-11-23T08:00");
    private static LocalRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = LocalRuntime.start(0);
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private static Instant london(String local) {
        return LocalDateTime.parse(local).atZone(LocalRuntime.LONDON).toInstant();
    }

    @Test
    void theTemplatesDailySweepScheduleIsReadWithItsZoneAndLocalName() {
        assertThat(runtime.schedules().find("deadline-check")).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("complaints-local-deadline-check");
            assertThat(s.functionId()).isEqualTo("DeadlineCheckFunction");
            assertThat(s.expression().text()).isEqualTo("cron(0 7 * * ? *)");
            assertThat(s.expression().zone()).hasToString("Europe/London");
        });
        assertThat(runtime.schedules().schedules())
                .extracting(LocalSchedule::name)
                .containsExactlyInAnyOrder(
                        "complaints-local-deadline-check",
                        "complaints-local-weekly-team-summary",
                        "complaints-local-quarterly-report",
                        "complaints-local-retention");
    }

    @Test
    void theRetentionRunFiresSundaysAt0300LondonTimeAndFindsNothingDueInAFreshTable() {
        LocalSchedule retention = runtime.schedules().find("retention").get(0);
        assertThat(retention.functionId()).isEqualTo("RetentionFunction");
        // Thu 26 Nov 2026 -> Sun 29 Nov 03:00 GMT.
        assertThat(retention.expression().nextFireAfter(Instant.parse("2026-11-26T12:00:00Z")))
                .contains(Instant.parse("2026-11-29T03:00:00Z"));

        LocalSchedules.Fired fired = runtime.schedules().fireNow("retention", Instant.parse("2026-11-29T03:00:00Z"));

        assertThat(fired.result()).isInstanceOfSatisfying(RetentionResult.class, r -> {
            assertThat(r.lastDate()).isEqualTo("2020-11-29");
            assertThat(r.anonymised()).isZero();
            assertThat(r.failed()).isZero();
        });
    }

    @Test
    void theWeeklySummaryFiresMondaysAt0800LondonTimeInWinterAndSummer() {
        LocalSchedule weekly = runtime.schedules().find("weekly-team-summary").get(0);

        assertThat(weekly.functionId()).isEqualTo("WeeklyTeamSummaryFunction");
        assertThat(weekly.expression().text()).isEqualTo("cron(0 8 ? * MON *)");
        // Thu 26 Nov 2026 (GMT) -> Mon 30 Nov 08:00Z; Thu 2 Jul 2026 (BST) -> Mon 6 Jul 07:00Z.
        assertThat(weekly.expression().nextFireAfter(Instant.parse("2026-11-26T12:00:00Z")))
                .contains(Instant.parse("2026-11-30T08:00:00Z"));
        assertThat(weekly.expression().nextFireAfter(Instant.parse("2026-07-02T12:00:00Z")))
                .contains(Instant.parse("2026-07-06T07:00:00Z"));
    }

    @Test
    void onMon_2026_11_23_theWeeklySummaryTellsEachTeamManagerTheirTeamHasNothingOpen() {
        LocalSchedules.Fired fired = runtime.schedules().fireNow("weekly-team-summary", MON_2026_11_23_0800);

        assertThat(fired.result()).isInstanceOfSatisfying(WeeklySummaryResult.class, r -> {
            assertThat(r.weekOf()).isEqualTo("2026-11-23");
            assertThat(r.teams()).isEqualTo(2);
            assertThat(r.sent() + r.alreadySent()).isEqualTo(2);
            assertThat(r.failed()).isZero();
        });
        assertThat(runtime.standIns().mailbox().emailsTo("huntingdon.manager@council.example"))
                .anySatisfy(e -> assertThat(e.subject())
                        .startsWith("Weekly complaints summary for Huntingdon: 0 overdue of 0 open"));
    }

    @Test
    void onChristmasDay_fri_2026_12_25_theSweepSkipsBecauseItIsABankHoliday() {
        LocalSchedules.Fired fired = runtime.schedules().fireNow("deadline-check", FRI_2026_12_25_0700);

        assertThat(fired.at()).isEqualTo("2026-12-25T07:00:00Z");
        assertThat(fired.result()).isInstanceOfSatisfying(SweepResult.class, r -> {
            assertThat(r.date()).isEqualTo("2026-12-25");
            assertThat(r.skippedNonWorkingDay()).isTrue();
        });
        assertThat(fired.counts()).containsEntry("skippedNonWorkingDay", true);
    }

    @Test
    void onChristmasEve_thu_2026_12_24_theSweepRunsAndFindsNothingInAnEmptyTable() {
        LocalSchedules.Fired fired = runtime.schedules().fireNow("DeadlineCheckFunction", THU_2026_12_24_0700);

        assertThat(fired.result()).isInstanceOfSatisfying(SweepResult.class, r -> {
            assertThat(r.date()).isEqualTo("2026-12-24");
            assertThat(r.skippedNonWorkingDay()).isFalse();
            assertThat(r.examined()).isZero();
            assertThat(r.failed()).isZero();
        });
        assertThat(fired.counts())
                .containsEntry("skippedNonWorkingDay", false)
                .containsEntry("examined", 0)
                .doesNotContainKeys("sweep", "date");
    }

    @Test
    void theQuarterlyReportFiredOnThu_2026_10_01_emailsTheTeamsMailboxWithTheCsvOnceOnly() {
        runtime.standIns().mailbox().clear();
        assertThat(runtime.schedules().find("quarterly-report")).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("complaints-local-quarterly-report");
            assertThat(s.expression().text()).isEqualTo("cron(30 7 1-7 1,4,7,10 ? *)");
        });
        LocalSchedules.Fired fired = runtime.schedules().fireNow("quarterly-report", london("2026-10-01T07:30"));
        assertThat(fired.counts()).containsEntry("due", true).containsEntry("sent", 1);
        assertThat(runtime.schedules()
                        .fireNow("quarterly-report", london("2026-10-01T07:30"))
                        .counts())
                .containsEntry("sent", 0)
                .containsEntry("alreadySent", 1);
        // Any other morning says it is not due, and the day it is: the first working day after the quarter.
        assertThat(runtime.schedules()
                        .fireNow("quarterly-report", london("2026-10-02T07:30"))
                        .counts())
                .containsEntry("due", false)
                .containsEntry("quarter", "2026-27 Q2")
                .containsEntry("dueOn", "2026-10-01")
                .containsEntry("sent", 0);

        // No ComplaintsManagerEmail locally: the report goes to the complaints team's mailbox.
        assertThat(runtime.standIns().mailbox().emailsTo(LocalRuntime.PARAMETERS.get("ComplaintsTeamEmail")))
                .singleElement()
                .satisfies(e -> assertThat(e.attachments())
                        .extracting(a -> a.fileName())
                        .contains("complaints-2026-27-Q2.csv"));
    }

    @Test
    void anUnknownScheduleIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> runtime.schedules().fireNow("nightly-report", THU_2026_12_24_0700))
                .hasMessageContaining("complaints-local-deadline-check");
    }

    @Test
    void theCommandLineReadsABareTimeAsLondonTime() {
        assertThat(LocalRuntime.at(new String[] {"--at", "2026-07-15T07:00"}))
                .contains(Instant.parse("2026-07-15T06:00:00Z"));
        assertThat(LocalRuntime.at(new String[] {"--at=2026-12-24T07:00:00Z"})).contains(THU_2026_12_24_0700);
        assertThat(LocalRuntime.option(new String[] {"--port", "3001", "--schedule", "deadline-check"}, "--schedule"))
                .contains("deadline-check");
    }
}
