package uk.childrenscomplaints.deadlines;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What the schedule sends: EventBridge Scheduler fills {@code scheduledTime} from {@code <aws.scheduler.scheduled-time>}
 * (see template.yaml), so a late or repeated delivery still sweeps for the day it was meant for.
 */
@Serdeable
public record SweepRequest(String scheduledTime, String schedule) {
}
