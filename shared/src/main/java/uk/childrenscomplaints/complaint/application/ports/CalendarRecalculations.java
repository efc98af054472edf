package uk.childrenscomplaints.complaint.application.ports;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The calendar version the sweep last brought every running due date onto, so a day on which the holidays did not
 * change costs one read (decision 022). The holidays it kept are what the timeline's "because 1 December 2026 became a
 * bank holiday" is worked out from the next time they change. No personal data.
 */
public interface CalendarRecalculations {

    /**
     * @param since the first day the sweep saw this version
     * @param settled a pass also ran on a later day, so no process still counting on the older calendar is left
     */
    record Done(String version, Set<LocalDate> holidays, LocalDate since, boolean settled) {
        public Done {
            holidays = Set.copyOf(holidays);
        }
    }

    Optional<Done> last();

    void record(Done done);
}
