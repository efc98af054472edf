package uk.childrenscomplaints.workflow.pages.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.childrenscomplaints.clock.model.CouncilTime;

/** Dates as GOV.UK writes them for people: 4 January 2027; times in London. */
public final class Dates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK).withZone(CouncilTime.ZONE);

    private Dates() {}

    public static String text(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String text(Instant at) {
        return at == null ? "" : MOMENT.format(at).replace("AM", "am").replace("PM", "pm");
    }
}
