package uk.childrenscomplaints.deadlines;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What a schedule sends (the weekday sweep's and the weekly summary's): EventBridge Scheduler fills
 * {@code scheduledTime} from {@code <aws.scheduler.scheduled-time>} (see template.yaml), so a late or repeated delivery
 * still works for the day (or week) it was meant for.
 */
@Serdeable
public record SweepRequest(String scheduledTime, String schedule) {}
