package uk.childrenscomplaints.mailevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;

/**
 * The real handler over the fixtures in events/, against dynalite and the SES emulator: a complaint submitted through
 * the real use case, then SES's bounce of its acknowledgement. The timeline says so (without the address), the
 * complainant's address is stopped, the team hears exactly once however often EventBridge delivers the event, and the
 * sweep's later letter to the complainant is not sent.
 */
/**
 * The fault suite for the mail-events function (docs/reliability.md, "Outages and faults"): dynalite stopped
 * ({@code kill -STOP}) while SES's bounce of an acknowledgement arrives. The invocation fails cleanly (an exception
 * naming no one) well inside the function's 60 s, so EventBridge's retry policy delivers the event again; after
 * recovery the bounce is recorded once and the team told once, however often it is delivered. Figures are printed as
 * {@code FAULT-FIGURES} lines.
 */
@ExtendWith(LocalAwsExtension.class)
class MailEventsFaultsIT extends MailEventsHarness {
    private static final java.time.Duration IN_TIME = java.time.Duration.ofSeconds(60);

    MailEventsFaultsIT(LocalAws aws) {
        super(aws);
    }

    @Test
    void withDynamoDbStalledABounceOf11May2026FailsInTimeAndIsRecordedOnceWhenRedelivered() throws IOException {
        Complaint complaint = submitted();
        var dynalite = aws.standIns().dynalite();
        long started = System.nanoTime();
        String during;
        dynalite.pause();
        try {
            MailEventResult result = handler.handleRequest(event("ses-email-bounced.json", complaint.id()), null);
            during = "answered(" + result.status() + ")";
        } catch (RuntimeException e) {
            during = "failed(" + e.getClass().getSimpleName() + ")";
            assertThat(String.valueOf(e.getMessage())).doesNotContain(COMPLAINANT);
        } finally {
            dynalite.resume();
        }
        java.time.Duration took = java.time.Duration.ofNanos(System.nanoTime() - started);

        // EventBridge's retries (MaximumRetryAttempts 10 in template.yaml) deliver it again, twice here.
        MailEventResult retried = handler.handleRequest(event("ses-email-bounced.json", complaint.id()), null);
        MailEventResult again = handler.handleRequest(event("ses-email-bounced.json", complaint.id()), null);
        long recorded = stored(complaint.id()).timeline().stream()
                .filter(e -> e.action().equals("email bounced"))
                .count();
        int told = teamNoticesOfBounces().size();
        String figures = "faults=1 events-during-fault=1 invocation=" + during + " took-ms=" + took.toMillis()
                + " redelivered=2 first-redelivery=" + retried.status() + " second=" + again.status()
                + " bounces-recorded=" + recorded + " team-told=" + told;
        System.out.println("FAULT-FIGURES mail-events dynalite SIGSTOP: " + figures);

        assertThat(during).as(figures).startsWith("failed(");
        assertThat(took).as(figures).isLessThan(IN_TIME);
        assertThat(retried.status()).as(figures).isEqualTo("RECORDED");
        assertThat(again.status()).as(figures).isEqualTo("ALREADY_RECORDED");
        assertThat(recorded).as(figures).isEqualTo(1);
        assertThat(told).as(figures).isEqualTo(1);
    }
}
