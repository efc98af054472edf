package uk.childrenscomplaints.complaint.infrastructure;

import java.time.LocalDate;
import uk.childrenscomplaints.clock.infrastructure.RefreshingBankHolidays;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.clock.model.Timescales;
import uk.childrenscomplaints.clock.model.WorkingDayCalendar;
import uk.childrenscomplaints.complaint.application.ports.CurrentCalendar;

/**
 * The bundled timescales on the holidays as they stand now: {@link RefreshingBankHolidays} re-reads the deployment's
 * newer file cheaply, and the calendar (about 11,000 precomputed ints) is rebuilt only when the holidays or the day
 * changed.
 */
public final class ReloadingCurrentCalendar implements CurrentCalendar {
    private final RefreshingBankHolidays holidays;
    private final Timescales timescales;
    private TimescalePolicy cached;
    private Object cachedFor;

    public ReloadingCurrentCalendar(RefreshingBankHolidays holidays, Timescales timescales) {
        this.holidays = holidays;
        this.timescales = timescales;
    }

    @Override
    public synchronized TimescalePolicy policyOn(LocalDate today) {
        var published = holidays.load();
        var key = java.util.List.of(published, today);
        if (!key.equals(cachedFor)) {
            cached = new TimescalePolicy(timescales, WorkingDayCalendar.withRules(published, today));
            cachedFor = key;
        }
        return cached;
    }
}
