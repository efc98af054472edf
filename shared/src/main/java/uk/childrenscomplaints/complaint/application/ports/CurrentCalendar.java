package uk.childrenscomplaints.complaint.application.ports;

import java.time.LocalDate;
import uk.childrenscomplaints.clock.model.TimescalePolicy;

/**
 * The timescales on the bank holidays in force now, re-read cheaply on each call (the deployment's newer holiday file
 * may have changed since the process started), with holidays by rule up to ten years after {@code today}.
 */
public interface CurrentCalendar {
    TimescalePolicy policyOn(LocalDate today);
}
