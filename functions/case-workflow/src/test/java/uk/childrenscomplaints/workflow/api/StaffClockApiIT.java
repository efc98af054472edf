package uk.childrenscomplaints.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.WorkflowApp.HUNTINGDON_MANAGER;
import static uk.childrenscomplaints.workflow.WorkflowApp.OFFICER;
import static uk.childrenscomplaints.workflow.WorkflowApp.body;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.SentEmail;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.WorkflowApp;

/**
 * Stopping and restarting the clock through the staff API's real handler, against the table and the SES emulator. The
 * complaint is received Mon 4 Jan 2027, so Stage 1 is due Mon 18 Jan.
 */
class StaffClockApiIT {
    private static final String MON_2027_01_04 = "2027-01-04T10:00:00Z";
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.api(MON_2027_01_04);

    private final LocalAws aws;
    private FunctionApp app;

    StaffClockApiIT(LocalAws aws, FunctionApp app) {
        this.aws = aws;
        this.app = app;
    }

    @BeforeEach
    void clearMailbox() {
        aws.mailbox().clear();
    }

    /** Logged by phone, with an email address for the complainant so the clock letters can go. */
    private String logged(String key) {
        APIGatewayV2HTTPEvent e = WorkflowApp.logComplaint(OFFICER, "Huntingdon", key);
        e.setBody(e.getBody().replace("\"phone\": \"01223 000000\"", "\"email\": \"robin@example.test\""));
        APIGatewayV2HTTPResponse r = app.handle(e);
        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(201);
        return group(ID, body(r));
    }

    private long version(String id) {
        return Long.parseLong(group(VERSION, view(id)));
    }

    private String view(String id) {
        return body(app.handle(WorkflowApp.view(OFFICER, id)));
    }

    private APIGatewayV2HTTPResponse act(java.util.Map<String, String> who, String id, String action, String fields) {
        return app.handle(WorkflowApp.action(
                who, id, action, "{\"expectedVersion\":" + version(id) + (fields.isEmpty() ? "" : ",") + fields + "}"));
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    private java.util.List<SentEmail> toComplainant(String subjectStart) {
        return aws.mailbox().emails().stream()
                .filter(e -> e.to().contains("robin@example.test"))
                .filter(e -> e.subject().startsWith(subjectStart))
                .toList();
    }

    @Test
    void stoppingOnMon4JanAndRestartingOnMon11JanMovesTheDueDateFromMon18ToMon25JanAndTellsTheComplainantOnceEach() {
        String id = logged("k-clock-walk");
        assertThat(view(id)).contains("\"dueOn\":\"2027-01-18\"").contains("\"paused\":false");

        APIGatewayV2HTTPResponse paused = act(
                OFFICER,
                id,
                "pause-clock",
                "\"reason\":\"awaiting_consent\",\"note\":\"Asked for consent\",\"pausedOn\":\"2027-01-04\"");
        assertThat(paused.getStatusCode()).as(body(paused)).isEqualTo(200);
        assertThat(body(paused))
                .contains("\"paused\":true")
                .contains("\"pausedSince\":\"2027-01-04\"")
                .contains("\"pauseReason\":\"awaiting_consent\"")
                .contains("\"dueOn\":null")
                .contains("\"action\":\"clock stopped\"");
        assertThat(toComplainant("We have paused the time limit"))
                .singleElement()
                .satisfies(e -> assertThat(e.text().orElseThrow())
                        .contains("awaiting consent to share information")
                        .doesNotContain("Asked for consent"));

        APIGatewayV2HTTPResponse again =
                act(OFFICER, id, "pause-clock", "\"reason\":\"awaiting_advocate\",\"pausedOn\":\"2027-01-04\"");
        assertThat(again.getStatusCode()).isEqualTo(409);
        assertThat(body(again)).contains("already stopped, since 2027-01-04");

        app.close();
        app = function.start("2027-01-11T10:00:00Z");
        APIGatewayV2HTTPResponse early = act(OFFICER, id, "resume-clock", "\"resumedOn\":\"2027-01-01\"");
        assertThat(early.getStatusCode()).isEqualTo(409);
        assertThat(body(early)).contains("cannot restart before it stopped, on 2027-01-04");

        APIGatewayV2HTTPResponse resumed = act(OFFICER, id, "resume-clock", "\"resumedOn\":\"2027-01-11\"");
        assertThat(resumed.getStatusCode()).as(body(resumed)).isEqualTo(200);
        // Five working days stopped (5 to 8 and 11 Jan): due five working days after Mon 18 Jan.
        assertThat(body(resumed)).contains("\"paused\":false").contains("\"dueOn\":\"2027-01-25\"");
        assertThat(toComplainant("We have restarted the time limit"))
                .singleElement()
                .satisfies(e -> assertThat(e.text().orElseThrow())
                        .contains("Monday 4 January 2027")
                        .contains("Monday 11 January 2027"));
        assertThat(toComplainant("We have paused the time limit")).hasSize(1);

        APIGatewayV2HTTPResponse notStopped = act(OFFICER, id, "resume-clock", "\"resumedOn\":\"2027-01-11\"");
        assertThat(notStopped.getStatusCode()).isEqualTo(409);
        assertThat(body(notStopped)).contains("not stopped");
    }

    @Test
    void aStopWithAnUnknownReasonOrDatedMon1FebIsA400NamingTheFieldAndNothingChanges() {
        String id = logged("k-clock-bad");
        long before = version(id);
        APIGatewayV2HTTPResponse unknown =
                act(OFFICER, id, "pause-clock", "\"reason\":\"lunch\",\"pausedOn\":\"2027-01-04\"");
        assertThat(unknown.getStatusCode()).isEqualTo(400);
        assertThat(body(unknown)).contains("\"field\":\"reason\"").contains("awaiting_consent");
        APIGatewayV2HTTPResponse future =
                act(OFFICER, id, "pause-clock", "\"reason\":\"awaiting_consent\",\"pausedOn\":\"2027-02-01\"");
        assertThat(future.getStatusCode()).isEqualTo(400);
        assertThat(body(future)).contains("\"field\":\"pausedOn\"").contains("cannot be in the future");
        assertThat(version(id)).isEqualTo(before);
        assertThat(view(id)).contains("\"paused\":false");
        assertThat(aws.mailbox().emails()).noneMatch(e -> e.subject().startsWith("We have paused"));
    }

    @Test
    void onlyTheComplaintsTeamStopsTheClock() {
        String id = logged("k-clock-manager");
        APIGatewayV2HTTPResponse r = act(
                HUNTINGDON_MANAGER, id, "pause-clock", "\"reason\":\"awaiting_consent\",\"pausedOn\":\"2027-01-04\"");
        assertThat(r.getStatusCode()).isEqualTo(403);
        assertThat(view(id)).contains("\"paused\":false");
    }
}
