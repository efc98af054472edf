package uk.childrenscomplaints.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.model.Change;
import uk.childrenscomplaints.complaint.model.ChildDetails;
import uk.childrenscomplaints.complaint.model.Complainant;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.Intake;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Respondent;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.model.TimelineEntry;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;
import uk.childrenscomplaints.local.standins.LocalEventBus;

/**
 * 1 December 2026 is proclaimed a bank holiday after the reminders for it went out. The deployment's holiday file
 * (BANK_HOLIDAYS_URL, served here by the JDK's HTTP server with an ETag) gains the day; the real sweep, run twice, moves
 * each affected due date once, tells each respondent once, and sends no reminder the old date had already produced.
 */
@ExtendWith(LocalAwsExtension.class)
class CalendarChangeIT {
    private static final Change STAFF = new Change("officer@council.test", Instant.parse("2026-11-03T09:00:00Z"));
    private static final String HOLIDAYS_2026 = Stream.of(
                    "2026-01-01",
                    "2026-04-03",
                    "2026-04-06",
                    "2026-05-04",
                    "2026-05-25",
                    "2026-08-31",
                    "2026-12-25",
                    "2026-12-28")
            .map(d -> "{\"title\": \"Bank holiday\", \"date\": \"" + d + "\"}")
            .collect(Collectors.joining(", "));
    private static final String FIRST_OF_DECEMBER = ", {\"title\": \"Proclaimed\", \"date\": \"2026-12-01\"}";

    private final LocalAws aws;
    private LocalEventBus bus;
    private SweepHarness harness;
    private DynamoDbComplaints complaints;
    private HttpServer server;
    private volatile String served = file(false);
    private final AtomicInteger fullAnswers = new AtomicInteger();
    private final AtomicInteger notModified = new AtomicInteger();

    CalendarChangeIT(LocalAws aws) {
        this.aws = aws;
    }

    private static String file(boolean withFirstOfDecember) {
        return "{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": [" + HOLIDAYS_2026
                + (withFirstOfDecember ? FIRST_OF_DECEMBER : "") + "]}}";
    }

    @BeforeEach
    void start() throws IOException {
        bus = LocalEventBus.start();
        harness = new SweepHarness(aws, bus);
        complaints = harness.complaints();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/bank-holidays.json", exchange -> {
            String body = served;
            String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
            exchange.getResponseHeaders().add("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            fullAnswers.incrementAndGet();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        harness.close();
        bus.close();
    }

    private Complaint stored(String who, LocalDate receivedOn, LocalDate dueOn) {
        Intake intake = new Intake(
                receivedOn,
                Route.EMAIL,
                Procedure.STATUTORY_CHILDRENS,
                new Complainant("Carer " + who, who + "@example.test", null, null, Relationship.PARENT_CARER, who),
                false,
                ChildDetails.UNKNOWN,
                new TeamName("SCC"),
                List.of(IssueCategory.STANDARDS),
                "Text",
                null,
                null,
                false,
                false);
        Complaint c = Complaint.receive(ComplaintId.random(), complaints.nextReference(2026), intake, dueOn, STAFF);
        c.assignRespondents(new Respondent("Resp " + who, who + ".resp@council.test", false), null, STAFF);
        complaints.add(c);
        return c;
    }

    @Test
    void whenTue_2026_12_01BecomesABankHolidayEachAffectedDueDateMovesOnceAndItsRespondentIsToldOnce() {
        // Received Tue 17 Nov: due Tue 1 Dec, reminded Thu 26 Nov. Received Wed 18 Nov: due Wed 2 Dec, reminder due
        // Fri 27 Nov. Received Tue 3 Nov: due Tue 17 Nov, already passed, so it stays.
        Complaint a = stored("a", LocalDate.of(2026, 11, 17), LocalDate.of(2026, 12, 1));
        Complaint c = stored("c", LocalDate.of(2026, 11, 18), LocalDate.of(2026, 12, 2));
        Complaint late = stored("late", LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 17));
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/bank-holidays.json";
        DeadlineCheckHandler handler = harness.handler(aws.sesEndpoint(), Map.of("complaints.bank-holidays-url", url));

        handler.handleRequest(SweepHarness.at(LocalDate.of(2026, 11, 26)), null);
        assertThat(harness.newEmails()).contains("stage1-reminder a.resp@council.test");

        served = file(true);
        handler.handleRequest(SweepHarness.at(LocalDate.of(2026, 11, 27)), null);
        List<String> first = harness.newEmails();
        handler.handleRequest(SweepHarness.at(LocalDate.of(2026, 11, 27)), null);
        List<String> second = harness.newEmails();

        assertThat(first)
                .contains("due-date-moved a.resp@council.test", "due-date-moved c.resp@council.test")
                .doesNotContain("stage1-reminder a.resp@council.test")
                .filteredOn(e -> e.startsWith("due-date-moved"))
                .hasSize(2);
        assertThat(second).isEmpty();

        Complaint movedA = complaints.find(a.id()).orElseThrow();
        assertThat(movedA.parts().stage1().dueOn()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(movedA.timeline())
                .map(TimelineEntry::detail)
                .containsOnlyOnce("Stage 1 response: due date moved from 1 December 2026 to 2 December 2026 because"
                        + " 1 December 2026 became a bank holiday");
        assertThat(movedA.parts().notificationsSent()).contains("stage1-reminder#2026-12-02");
        assertThat(complaints.find(c.id()).orElseThrow().parts().stage1().dueOn())
                .isEqualTo(LocalDate.of(2026, 12, 3));
        Complaint unmoved = complaints.find(late.id()).orElseThrow();
        assertThat(unmoved.parts().stage1().dueOn()).isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(unmoved.timeline()).map(TimelineEntry::action).doesNotContain("due date moved");
        assertThat(movedA.calendarVersion()).isPresent().isEqualTo(unmoved.calendarVersion());

        // Each sweep asked for the file again; only a changed file was sent whole.
        assertThat(fullAnswers.get()).isEqualTo(2);
        assertThat(notModified.get()).isGreaterThanOrEqualTo(1);
    }
}
