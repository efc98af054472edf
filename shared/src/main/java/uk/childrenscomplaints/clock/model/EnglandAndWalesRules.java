package uk.childrenscomplaints.clock.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * England and Wales bank holidays as the Banking and Financial Dealings Act 1971 and the annual proclamations
 * usually make them, for the years no published list covers yet. They cannot know one-off days (a royal wedding, a
 * jubilee, a state funeral, a coronation) or a moved May holiday (VE day 2020); those arrive with GOV.UK's file, which
 * always wins for the years it covers (decision 022).
 */
public final class EnglandAndWalesRules {
    /** Part of every calendar version: a change to these rules is a change to the calendar. */
    public static final String ID = "england-and-wales-rules-1";

    private EnglandAndWalesRules() {}

    /** Easter Sunday by the Gregorian computus (the anonymous algorithm of Meeus, Jones and Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /**
     * The eight holidays of one year. A fixed-date holiday on a Saturday or Sunday moves to the next weekday that is
     * not already a holiday, taken in date order: Christmas on a Saturday gives Monday 27 and Tuesday 28 December,
     * Christmas on a Sunday gives Monday 26 (Boxing Day) and Tuesday 27 (Christmas's substitute).
     */
    public static SortedSet<LocalDate> holidaysIn(int year) {
        LocalDate easter = easterSunday(year);
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        List<LocalDate> fixed = List.of(
                LocalDate.of(year, Month.JANUARY, 1),
                LocalDate.of(year, Month.DECEMBER, 25),
                LocalDate.of(year, Month.DECEMBER, 26));
        List<LocalDate> onWeekends = new ArrayList<>();
        for (LocalDate day : fixed) {
            if (isWeekend(day)) {
                onWeekends.add(day);
            } else {
                days.add(day);
            }
        }
        for (LocalDate day : onWeekends) {
            LocalDate substitute = day;
            while (isWeekend(substitute) || days.contains(substitute)) {
                substitute = substitute.plusDays(1);
            }
            days.add(substitute);
        }
        return days;
    }

    /** The holidays of whole years {@code from} to {@code to}, as data covering exactly those years. */
    public static BankHolidays forYears(int from, int to) {
        if (to < from) {
            throw new IllegalArgumentException("Years run from " + from + " to " + to);
        }
        TreeSet<LocalDate> days = new TreeSet<>();
        for (int year = from; year <= to; year++) {
            days.addAll(holidaysIn(year));
        }
        return new BankHolidays(days, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
