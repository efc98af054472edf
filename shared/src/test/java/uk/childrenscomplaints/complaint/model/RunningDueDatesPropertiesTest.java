package uk.childrenscomplaints.complaint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import uk.childrenscomplaints.clock.infrastructure.BankHolidaySource;
import uk.childrenscomplaints.clock.infrastructure.TimescalePolicyFile;
import uk.childrenscomplaints.clock.model.BankHolidays;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.clock.model.WorkingDayCalendar;

/** A holiday added to the calendar can only push a running due date later (by one working day at most). */
class RunningDueDatesPropertiesTest {
    private static final BankHolidays PUBLISHED = BankHolidaySource.bundled().load();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final TimescalePolicy BEFORE =
            TimescalePolicyFile.bundledPolicy(WorkingDayCalendar.withRules(PUBLISHED, TODAY));

    @Property(tries = 200)
    void addingAHolidayNeverMovesAStage1DueDateEarlier(
            @ForAll @IntRange(min = 0, max = 1500) int receivedAfter, @ForAll @IntRange(min = 0, max = 40) int added) {
        LocalDate received = TODAY.plusDays(receivedAfter);
        LocalDate holiday = received.plusDays(added);
        Assume.that(holiday.getYear() <= 2028
                && holiday.getDayOfWeek() != DayOfWeek.SATURDAY
                && holiday.getDayOfWeek() != DayOfWeek.SUNDAY);
        Set<LocalDate> days = new HashSet<>(PUBLISHED.dates());
        days.add(holiday);
        TimescalePolicy after = TimescalePolicyFile.bundledPolicy(WorkingDayCalendar.withRules(
                new BankHolidays(days, PUBLISHED.firstCovered(), PUBLISHED.lastCovered()), TODAY));
        Complaint c = ComplaintFixtures.statutory(ComplaintId.random(), received, LocalDate.of(2000, 1, 1));

        LocalDate was = RunningDueDates.computedFor(c, BEFORE).dates().get(0).on();
        LocalDate now = RunningDueDates.computedFor(c, after).dates().get(0).on();

        assertThat(now).isAfterOrEqualTo(was);
        assertThat(after.calendar().workingDaysBetween(was, now)).isLessThanOrEqualTo(1);
    }
}
