package uk.childrenscomplaints.submission;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.views.ModelAndView;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.complaint.application.intake.SubmissionResult;

/**
 * The answer to a submission over an abuse limit (decision 019): {@code 429} with {@code Retry-After}, and on the
 * form a page saying what happened, when to try again and how else to reach the council.
 */
final class TooManyPage {
    static final String VIEW = "too-many";
    private static final ZoneId LONDON = CouncilTime.ZONE;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("h:mma 'on' EEEE d MMMM yyyy", Locale.UK);

    private TooManyPage() {}

    /** Whole seconds until the limit's window ends, at least one. */
    static String retryAfterSeconds(SubmissionResult.TooMany tooMany, Clock clock) {
        long seconds = Duration.between(clock.instant(), tooMany.retryAfter()).toSeconds();
        return Long.toString(Math.max(1, seconds));
    }

    /** When, in London time, as people read it: {@code 11:00am on Thursday 24 December 2026}. */
    static String when(SubmissionResult.TooMany tooMany) {
        return WHEN.format(tooMany.retryAfter().atZone(LONDON))
                .replace("AM", "am")
                .replace("PM", "pm");
    }

    static String message(SubmissionResult.TooMany tooMany) {
        return "Too many complaints have been sent from here, or for this email address, in a short time, so this one"
                + " was not stored. Try again after " + when(tooMany) + " (UK time), or phone the complaints team.";
    }

    static HttpResponse<ModelAndView<Map<String, Object>>> page(SubmissionResult.TooMany tooMany, Clock clock) {
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.TOO_MANY_REQUESTS)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds(tooMany, clock))
                .body(new ModelAndView<>(VIEW, Map.of("retryAt", when(tooMany))));
    }
}
