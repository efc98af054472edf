package uk.childrenscomplaints.complaint.application;

import java.time.LocalDate;

/**
 * The range a received date may fall in: not after today, and not before the council's earliest records (issue 13,
 * finding 8: {@code 0001-01-01} was taken). The earliest day is a setting; by default the start of the financial year
 * 2008-09, the first year of the current statutory procedure's figures.
 */
public final class ReceivedDates {
    public static final LocalDate DEFAULT_EARLIEST = LocalDate.of(2008, 4, 1);

    private ReceivedDates() {}

    public static String tooEarly(LocalDate earliest) {
        return "The date received must be " + earliest + " or later: check the year";
    }
}
