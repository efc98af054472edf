package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** EventBridge Scheduler's expressions as template.yaml uses them; dates are real, DST changes included. */
class ScheduleExpressionTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String WEEKDAY_MORNINGS = "cron(0 7 ? * MON-FRI *)";

    private static Instant nextAfter(String expression, ZoneId zone, String instant) {
        return ScheduleExpression.parse(expression, zone)
                .nextFireAfter(Instant.parse(instant))
                .orElseThrow();
    }

    @Test
    void weekdayMorningsFireAtSevenLondonTimeWhichIsSixUtcInSummer() {
        // Wed 2026-07-15, before and after 07:00 BST.
        assertThat(nextAfter(WEEKDAY_MORNINGS, LONDON, "2026-07-15T05:00:00Z")).isEqualTo("2026-07-15T06:00:00Z");
        assertThat(nextAfter(WEEKDAY_MORNINGS, LONDON, "2026-07-15T06:00:00Z")).isEqualTo("2026-07-16T06:00:00Z");
    }

    @Test
    void weekdayMorningsSkipTheWeekend_fri_2026_12_25_to_mon_2026_12_28() {
        // Christmas Day is a Friday: the schedule still fires (the handler skips bank holidays), then Monday.
        assertThat(nextAfter(WEEKDAY_MORNINGS, LONDON, "2026-12-24T07:00:00Z")).isEqualTo("2026-12-25T07:00:00Z");
        assertThat(nextAfter(WEEKDAY_MORNINGS, LONDON, "2026-12-25T07:00:00Z")).isEqualTo("2026-12-28T07:00:00Z");
    }

    @Test
    void theClocksGoingForwardOnSun_2026_03_29_moveMondaysSweepFromSevenToSixUtc() {
        assertThat(nextAfter(WEEKDAY_MORNINGS, LONDON, "2026-03-27T07:00:00Z")).isEqualTo("2026-03-30T06:00:00Z");
    }

    @Test
    void theClocksGoingBackOnSun_2026_10_25_moveMondaysSweepFromSixToSevenUtc() {
        assertThat(nextAfter(WEEKDAY_MORNINGS, LONDON, "2026-10-23T06:00:00Z")).isEqualTo("2026-10-26T07:00:00Z");
    }

    @Test
    void aTimeTheClocksJumpOverIsSkippedNotMoved_sun_2026_03_29_0130() {
        assertThat(nextAfter("cron(30 1 * * ? *)", LONDON, "2026-03-28T12:00:00Z"))
                .isEqualTo("2026-03-30T00:30:00Z");
    }

    @Test
    void aTimeThatHappensTwiceFiresOnce_sun_2026_10_25_0130() {
        Instant first = nextAfter("cron(30 1 * * ? *)", LONDON, "2026-10-24T12:00:00Z");
        assertThat(first).isEqualTo("2026-10-25T00:30:00Z");
        assertThat(nextAfter("cron(30 1 * * ? *)", LONDON, first.toString())).isEqualTo("2026-10-26T01:30:00Z");
    }

    @Test
    void withoutATimeZoneTheExpressionIsUtc() {
        assertThat(ScheduleExpression.parse(WEEKDAY_MORNINGS).nextFireAfter(Instant.parse("2026-07-15T05:00:00Z")))
                .contains(Instant.parse("2026-07-15T07:00:00Z"));
    }

    @Test
    void dayOfWeekNumbersStartAtSunday() {
        // 1 = SUN, so 2-6 is MON-FRI: from Sat 2026-07-18 the next is Mon 2026-07-20.
        assertThat(nextAfter("cron(0 7 ? * 2-6 *)", ZoneId.of("UTC"), "2026-07-18T00:00:00Z"))
                .isEqualTo("2026-07-20T07:00:00Z");
        assertThat(nextAfter("cron(0 7 ? * 1 *)", ZoneId.of("UTC"), "2026-07-18T00:00:00Z"))
                .isEqualTo("2026-07-19T07:00:00Z");
    }

    @Test
    void listsStepsMonthNamesAndYearsNarrowTheFireTimes() {
        ZoneId utc = ZoneId.of("UTC");
        assertThat(nextAfter("cron(0/15 9,17 * * ? *)", utc, "2026-07-15T09:50:00Z"))
                .isEqualTo("2026-07-15T17:00:00Z");
        assertThat(nextAfter("cron(*/20 * * * ? *)", utc, "2026-07-15T09:41:00Z"))
                .isEqualTo("2026-07-15T10:00:00Z");
        assertThat(nextAfter("cron(0 9 1 JAN,JUL ? *)", utc, "2026-07-15T00:00:00Z"))
                .isEqualTo("2027-01-01T09:00:00Z");
        assertThat(nextAfter("cron(0 9 1 1 ? 2030-2031)", utc, "2026-07-15T00:00:00Z"))
                .isEqualTo("2030-01-01T09:00:00Z");
        assertThat(ScheduleExpression.parse("cron(0 9 1 1 ? 2025)")
                        .nextFireAfter(Instant.parse("2026-01-01T00:00:00Z")))
                .isEmpty();
    }

    @Test
    void aRateFiresOnePeriodAfterTheLastFireAndADayIsTwentyFourHours() {
        assertThat(nextAfter("rate(5 minutes)", LONDON, "2026-07-15T09:00:00Z")).isEqualTo("2026-07-15T09:05:00Z");
        assertThat(nextAfter("rate(1 hour)", LONDON, "2026-07-15T09:00:00Z")).isEqualTo("2026-07-15T10:00:00Z");
        // Across the clocks going forward: 24 hours on, so 08:00 BST rather than 07:00.
        assertThat(nextAfter("rate(1 day)", LONDON, "2026-03-28T07:00:00Z")).isEqualTo("2026-03-29T07:00:00Z");
    }

    @Test
    void aOneTimeScheduleFiresOnceInItsZone() {
        assertThat(nextAfter("at(2026-12-24T07:00:00)", LONDON, "2026-12-01T00:00:00Z"))
                .isEqualTo("2026-12-24T07:00:00Z");
        assertThat(ScheduleExpression.parse("at(2026-12-24T07:00:00)", LONDON)
                        .nextAfter(ZonedDateTime.parse("2026-12-24T07:00:00Z")))
                .isEmpty();
    }

    @Test
    void whatAwsRefusesIsRefusedWithTheReason() {
        assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 7 * * MON-FRI *)"))
                .hasMessageContaining("exactly one of day-of-month and day-of-week must be '?'");
        assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 7 * * ?)")).hasMessageContaining("six fields");
        assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 24 * * ? *)")).hasMessageContaining("0-23");
        assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 7 ? * FRI-MON *)"))
                .hasMessageContaining("backwards");
        assertThatThrownBy(() -> ScheduleExpression.parse("rate(1 minutes)")).hasMessageContaining("rate(1 minute)");
        assertThatThrownBy(() -> ScheduleExpression.parse("rate(0 minutes)")).hasMessageContaining("positive");
        assertThatThrownBy(() -> ScheduleExpression.parse("every day")).hasMessageContaining("expected cron(");
    }

    @Test
    void lastNearestWeekdayAndNthAreRefusedByName() {
        assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 7 L * ? *)")).hasMessageContaining("L, W and #");
        assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 7 15W * ? *)"))
                .hasMessageContaining("L, W and #");
        assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 7 ? * 2#1 *)"))
                .hasMessageContaining("L, W and #");
    }

    @Test
    void theQuarterlyReportFiresOnEachOfTheFirstSevenDaysOfJanAprJulOct_0730London() {
        String quarterly = "cron(30 7 1-7 1,4,7,10 ? *)";
        // From the Christmas sweep to Friday 1 January 2027 (a bank holiday: the handler waits for Monday the 4th).
        assertThat(nextAfter(quarterly, LONDON, "2026-12-24T07:00:00Z")).isEqualTo("2027-01-01T07:30:00Z");
        assertThat(nextAfter(quarterly, LONDON, "2027-01-01T07:30:00Z")).isEqualTo("2027-01-02T07:30:00Z");
        // After the 7th, the next quarter: Thursday 1 April 2027 in summer time, 06:30 UTC.
        assertThat(nextAfter(quarterly, LONDON, "2027-01-07T07:30:00Z")).isEqualTo("2027-04-01T06:30:00Z");
    }
}
