package uk.childrenscomplaints.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.WorkflowApp.OFFICER;
import static uk.childrenscomplaints.workflow.WorkflowApp.body;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.complaint.application.deadlines.RelayingOwedNotifications;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.SentEmail;
import uk.childrenscomplaints.local.standins.StandInProcess;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.WorkflowApp;

/**
 * Decision 035 for a staff action that notifies: stopping the clock on Mon 4 Jan 2027 owes the complainant a letter.
 * With SES stalled the action still answers at once, having sent nothing; the relay then sends the letter once,
 * however often it is played.
 */
class StaffActionRelayIT {
    private static final String MON_2027_01_04 = "2027-01-04T10:00:00Z";
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.api(MON_2027_01_04);

    private final LocalAws aws;
    private final FunctionApp app;

    StaffActionRelayIT(LocalAws aws, FunctionApp app) {
        this.aws = aws;
        this.app = app;
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    private List<SentEmail> pausedLetters() {
        return aws.mailbox().emails().stream()
                .filter(e -> e.to().contains("robin@example.test"))
                .filter(e -> e.subject().startsWith("We have paused the time limit"))
                .toList();
    }

    @Test
    void stoppingTheClockOnMon_2027_01_04AnswersWithSesStalledAndTheRelaySendsTheComplainantsLetterOnce() {
        APIGatewayV2HTTPEvent log = WorkflowApp.logComplaint(OFFICER, "Huntingdon", "k-relay-clock");
        log.setBody(log.getBody().replace("\"phone\": \"01223 000000\"", "\"email\": \"robin@example.test\""));
        APIGatewayV2HTTPResponse logged = app.handle(log);
        assertThat(logged.getStatusCode()).as(body(logged)).isEqualTo(201);
        String id = group(ID, body(logged));
        long version = Long.parseLong(group(VERSION, body(app.handle(WorkflowApp.view(OFFICER, id)))));
        aws.mailbox().clear();
        app.holdRelay();

        StandInProcess ses = aws.standIns().sesEmulator();
        APIGatewayV2HTTPResponse paused;
        Duration took;
        ses.pause();
        try {
            long started = System.nanoTime();
            paused = app.handle(WorkflowApp.action(
                    OFFICER,
                    id,
                    "pause-clock",
                    "{\"expectedVersion\":" + version
                            + ",\"reason\":\"awaiting_consent\",\"pausedOn\":\"2027-01-04\"}"));
            took = Duration.ofNanos(System.nanoTime() - started);
        } finally {
            ses.resume();
        }

        assertThat(paused.getStatusCode()).as(body(paused)).isEqualTo(200);
        assertThat(took).isLessThan(Duration.ofSeconds(2));
        assertThat(body(paused)).contains("\"paused\":true");
        assertThat(pausedLetters()).isEmpty();

        RelayingOwedNotifications.Batch first = app.relay();
        RelayingOwedNotifications.Batch again = app.relay();

        assertThat(first.failed()).isEmpty();
        assertThat(first.sent()).isEqualTo(1);
        assertThat(again.sent()).isZero();
        assertThat(pausedLetters()).hasSize(1);
    }
}
