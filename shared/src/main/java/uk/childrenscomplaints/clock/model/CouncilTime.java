package uk.childrenscomplaints.clock.model;

import java.time.ZoneId;

/** The councils' time: every day on the statutory clock, in a report or on a page is a day in England. */
public final class CouncilTime {
    /** UK time, with British Summer Time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private CouncilTime() {}
}
