package uk.childrenscomplaints.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What the schedule sends, or a person invoking the function by hand. The schedule fills {@code scheduledTime} from
 * {@code <aws.scheduler.scheduled-time>} (template.yaml), so a late or repeated delivery still reports on the day it
 * was meant for. A person may name a {@code quarter} ({@code "2026-27 Q2"}) to send that quarter's report whatever the
 * day, and add {@code "resend": true} to send it again although it went already.
 */
@Serdeable
public record QuarterlyReportRequest(
        @Nullable String scheduledTime,
        @Nullable String schedule,
        @Nullable String quarter,
        @Nullable Boolean resend) {}
