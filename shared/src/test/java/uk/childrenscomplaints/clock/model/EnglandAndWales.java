package uk.childrenscomplaints.clock.model;

import uk.childrenscomplaints.clock.infrastructure.BankHolidaySource;

/** The bundled calendar, built once: every calendar test asks the same real data. */
final class EnglandAndWales {
    static final WorkingDayCalendar CALENDAR = BankHolidaySource.bundled().calendar();

    private EnglandAndWales() {}
}
