package uk.childrenscomplaints.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.childrenscomplaints.clock.infrastructure.BankHolidaySource;
import uk.childrenscomplaints.clock.infrastructure.TimescalePolicyFile;
import uk.childrenscomplaints.clock.model.TimescaleId;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.EmailTemplate;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.model.AgeBand;
import uk.childrenscomplaints.complaint.model.Change;
import uk.childrenscomplaints.complaint.model.ChildDetails;
import uk.childrenscomplaints.complaint.model.Complainant;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.Gender;
import uk.childrenscomplaints.complaint.model.Intake;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.IssueOutcome;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Respondent;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.local.standins.SamTemplate;
import uk.childrenscomplaints.local.standins.SentEmail;

/**
 * The Monday summary from events/weekly-team-summary.json (Mon 23 Nov 2026, 08:00), through the real handler, table
 * and SES emulator: each manager gets one email with only their team's open references, overdue first; a repeat
 * sends nothing; SES failing for one manager holds back only that email, which the retry sends once.
 */
@ExtendWith(LocalAwsExtension.class)
class WeeklyTeamSummaryIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TimescalePolicy POLICY =
            TimescalePolicyFile.bundledPolicy(BankHolidaySource.bundled().calendar());
    private static final Change STAFF = new Change("officer@council.test", Instant.parse("2026-10-26T09:00:00Z"));
    private static final String SCC_MANAGER = "scc.manager@council.test";
    private static final LocalDate mon_2026_10_26 = LocalDate.of(2026, 10, 26);
    private static final LocalDate thu_2026_11_12 = LocalDate.of(2026, 11, 12);
    private static final LocalDate fri_2026_11_13 = LocalDate.of(2026, 11, 13);
    private static final LocalDate mon_2026_11_02 = LocalDate.of(2026, 11, 2);

    private final LocalAws aws;
    private LocalEventBus bus;
    private SweepHarness harness;
    private DynamoDbComplaints complaints;
    private int people;

    WeeklyTeamSummaryIT(LocalAws aws) {
        this.aws = aws;
    }

    @BeforeEach
    void start() {
        bus = LocalEventBus.start();
        harness = new SweepHarness(aws, bus);
        complaints = harness.complaints();
    }

    @AfterEach
    void stop() {
        harness.close();
        bus.close();
    }

    /** The schedule's event as EventBridge Scheduler delivers it, from the fixture sam local invoke uses too. */
    private static SweepRequest mondayEvent() throws IOException {
        JsonNode event = JSON.readTree(SamTemplate.repositoryRoot()
                .resolve("events")
                .resolve("weekly-team-summary.json")
                .toFile());
        return new SweepRequest(
                event.path("scheduledTime").asText(), event.path("schedule").asText());
    }

    /** A Stage 1 complaint stored through the real repository, due as the policy counts; names that must never show. */
    private Complaint received(String team, LocalDate on) {
        people++;
        Intake intake = new Intake(
                on,
                Route.ONLINE,
                Procedure.STATUTORY_CHILDRENS,
                new Complainant(
                        "Rowan Quillfeather" + people,
                        "rowan" + people + "@example.test",
                        null,
                        null,
                        Relationship.GRANDPARENT,
                        "person-" + people),
                false,
                new ChildDetails("Juniper Quillfeather", AgeBand.AGE_10_15, Gender.FEMALE),
                new TeamName(team),
                List.of(IssueCategory.COMMUNICATION),
                "Secret account of what happened",
                "Weekly calls",
                null,
                false,
                false);
        Complaint c = Complaint.receive(
                ComplaintId.random(),
                complaints.nextReference(2026),
                intake,
                POLICY.dueDate(TimescaleId.STAGE1_RESPONSE, on),
                STAFF);
        c.assignRespondents(new Respondent("Sam Respondent", "sam.respondent@council.test", false), null, STAFF);
        assertThat(complaints.add(c)).isEqualTo(Complaints.AddResult.ADDED);
        return c;
    }

    private Complaint closed(String team) {
        Complaint c = received(team, mon_2026_10_26);
        Complaint loaded = complaints.find(c.id()).orElseThrow();
        long version = loaded.version();
        loaded.recordStage1Response(mon_2026_11_02, "Apology", mon_2026_11_02.plusDays(20), STAFF);
        loaded.recordIssueOutcomes(Map.of(IssueCategory.COMMUNICATION, IssueOutcome.UPHELD), STAFF);
        assertThat(loaded.close(STAFF).isAllowed()).isTrue();
        assertThat(complaints.save(loaded, version)).isEqualTo(Complaints.SaveResult.SAVED);
        assertThat(complaints.find(c.id()).orElseThrow().state()).isEqualTo(ComplaintState.CLOSED);
        return c;
    }

    /** What a run for the week of Mon 23 Nov 2026, over the two configured teams, returns. */
    private static WeeklySummaryResult week23(int sent, int alreadySent, int failed, String... failedTeams) {
        return new WeeklySummaryResult(
                "weekly-team-summary", "2026-11-23", 2, sent, alreadySent, failed, List.of(failedTeams));
    }

    private static List<String> referencesIn(String text) {
        List<String> found = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("CSC-\\d{4}-\\d{4}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private List<SentEmail> summariesTo(String address) {
        return harness.allEmails().stream()
                .filter(e -> e.to().contains(address))
                .filter(e -> harness.templateOf(e) == EmailTemplate.WEEKLY_TEAM_SUMMARY)
                .toList();
    }

    @Test
    void eachManagerGetsOneEmailListingOnlyTheirTeamsOpenReferencesOverdueFirst() throws IOException {
        Complaint dueSoon = received("Huntingdon", thu_2026_11_12); // due Thu 26 Nov 2026
        Complaint overdue = received("Huntingdon", mon_2026_10_26); // due Mon 9 Nov 2026: 14 days overdue
        Complaint closed = closed("Huntingdon");
        Complaint scc = received("SCC", fri_2026_11_13); // due Fri 27 Nov 2026

        WeeklySummaryResult result = harness.weeklySummary(aws.sesEndpoint()).handleRequest(mondayEvent(), null);

        assertThat(result).isEqualTo(week23(2, 0, 0));
        assertThat(summariesTo(SweepHarness.HUNTINGDON_MANAGER)).singleElement().satisfies(email -> {
            assertThat(email.subject())
                    .isEqualTo("Weekly complaints summary for Huntingdon: 1 overdue of 2 open"
                            + " – week of Monday 23 November 2026");
            String text = email.text().orElseThrow();
            assertThat(referencesIn(text))
                    .containsExactly(
                            overdue.reference().toString(), dueSoon.reference().toString());
            assertThat(text)
                    .contains("Stage 1 response – Monday 9 November 2026 (14 days overdue)")
                    .contains("Stage 1 response – Thursday 26 November 2026\n")
                    .doesNotContain(
                            closed.reference().toString(), scc.reference().toString());
            String html = email.html().orElseThrow();
            assertThat(referencesIn(html))
                    .containsExactly(
                            overdue.reference().toString(), dueSoon.reference().toString());
            assertThat(html).contains("14 days overdue").contains("Stage 1: awaiting response");
        });
        assertThat(summariesTo(SCC_MANAGER)).singleElement().satisfies(email -> {
            assertThat(referencesIn(email.text().orElseThrow()))
                    .containsExactly(scc.reference().toString());
            assertThat(referencesIn(email.html().orElseThrow()))
                    .containsExactly(scc.reference().toString());
        });
        assertThat(harness.allEmails())
                .hasSize(2)
                .allSatisfy(email -> assertThat(email.subject()
                                + email.text().orElse("")
                                + email.html().orElse(""))
                        .doesNotContain(
                                "Rowan",
                                "Quillfeather",
                                "Juniper",
                                "@example.test",
                                "Secret account",
                                "Sam Respondent"));
    }

    @Test
    void theScheduleFiringTwiceAtOnceAndOnceMoreLateSendsEachManagerOneEmail() throws Exception {
        received("Huntingdon", mon_2026_10_26);
        received("SCC", fri_2026_11_13);
        WeeklyTeamSummaryHandler first = harness.weeklySummary(aws.sesEndpoint());
        WeeklyTeamSummaryHandler second = harness.weeklySummary(aws.sesEndpoint());
        SweepRequest monday = mondayEvent();
        var pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<WeeklySummaryResult>> runs = List.of(
                () -> {
                    go.await();
                    return first.handleRequest(monday, null);
                },
                () -> {
                    go.await();
                    return second.handleRequest(monday, null);
                });
        List<Future<WeeklySummaryResult>> results = new ArrayList<>();
        runs.forEach(r -> results.add(pool.submit(r)));
        go.countDown();
        int sent = 0;
        int alreadySent = 0;
        for (Future<WeeklySummaryResult> f : results) {
            sent += f.get().sent();
            alreadySent += f.get().alreadySent();
        }
        pool.shutdown();
        // Delivered again on Wednesday 25 November: still the week of Monday 23 November.
        WeeklySummaryResult late =
                first.handleRequest(new SweepRequest("2026-11-25T10:00:00Z", "weekly-team-summary"), null);

        assertThat(sent).isEqualTo(2);
        assertThat(alreadySent).isEqualTo(2);
        assertThat(late).isEqualTo(week23(0, 2, 0));
        assertThat(harness.allEmails())
                .extracting(e -> e.to().get(0))
                .containsExactlyInAnyOrder(SweepHarness.HUNTINGDON_MANAGER, SCC_MANAGER);
    }

    @Test
    void sesFailingForOneManagerHoldsBackOnlyTheirEmailAndTheRetrySendsItOnce() throws IOException {
        received("Huntingdon", mon_2026_10_26);
        received("SCC", fri_2026_11_13);
        try (FailingSesProxy ses = FailingSesProxy.in(aws.sesEndpoint())) {
            ses.failSendsTo(SCC_MANAGER);
            WeeklyTeamSummaryHandler handler = harness.weeklySummary(ses.endpoint());

            assertThatThrownBy(() -> handler.handleRequest(mondayEvent(), null))
                    .isInstanceOfSatisfying(
                            WeeklySummariesIncomplete.class,
                            e -> assertThat(e.result()).isEqualTo(week23(1, 0, 1, "SCC")))
                    .hasMessageNotContaining("@");
            assertThat(harness.newEmails()).containsExactly("weekly-team-summary " + SweepHarness.HUNTINGDON_MANAGER);

            ses.recover();
            WeeklySummaryResult retry = handler.handleRequest(mondayEvent(), null);
            WeeklySummaryResult again = handler.handleRequest(mondayEvent(), null);

            assertThat(retry).isEqualTo(week23(1, 1, 0));
            assertThat(again).isEqualTo(week23(0, 2, 0));
            assertThat(harness.newEmails()).containsExactly("weekly-team-summary " + SCC_MANAGER);
        }
    }
}
