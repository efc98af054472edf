package uk.childrenscomplaints.complaint.application.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.application.Workflow.POLICY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.clock.model.TimescaleId;
import uk.childrenscomplaints.complaint.application.InMemoryComplaints;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.Deliveries;
import uk.childrenscomplaints.complaint.application.ports.DeliveryFailed;
import uk.childrenscomplaints.complaint.application.ports.Email;
import uk.childrenscomplaints.complaint.application.ports.EmailTemplate;
import uk.childrenscomplaints.complaint.application.ports.Mailer;
import uk.childrenscomplaints.complaint.model.AgeBand;
import uk.childrenscomplaints.complaint.model.ChildDetails;
import uk.childrenscomplaints.complaint.model.Complainant;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.ComplaintParts;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.Gender;
import uk.childrenscomplaints.complaint.model.Intake;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.LegalHold;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Reference;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.model.Stage1Record;
import uk.childrenscomplaints.complaint.model.Stage2Record;
import uk.childrenscomplaints.complaint.model.Stage3Record;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.model.WhatIsDue;

/** Monday's summary: which complaints, in what order, in what words, and each team's email once. */
class SendingWeeklyTeamSummariesTest {
    private static final LocalDate mon_2026_10_26 = LocalDate.of(2026, 10, 26);
    private static final LocalDate mon_2026_11_09 = LocalDate.of(2026, 11, 9);
    private static final LocalDate thu_2026_11_12 = LocalDate.of(2026, 11, 12);
    private static final LocalDate fri_2026_11_20 = LocalDate.of(2026, 11, 20);
    private static final LocalDate mon_2026_11_23 = LocalDate.of(2026, 11, 23);
    private static final LocalDate wed_2026_11_25 = LocalDate.of(2026, 11, 25);
    private static final LocalDate sun_2026_11_29 = LocalDate.of(2026, 11, 29);
    private static final LocalDate thu_2026_12_17 = LocalDate.of(2026, 12, 17);
    private static final LocalDate mon_2026_12_21 = LocalDate.of(2026, 12, 21);
    private static final LocalDate mon_2026_12_28 = LocalDate.of(2026, 12, 28);
    private static final String HUNTINGDON_MANAGER = "huntingdon.manager@council.test";
    private static final String SCC_MANAGER = "scc.manager@council.test";

    private final InMemoryComplaints complaints = new InMemoryComplaints();
    private final Set<String> claimed = new HashSet<>();
    private final List<Email> sent = new ArrayList<>();
    private final Set<String> unreachable = new HashSet<>();
    private final Deliveries deliveries = new Deliveries() {
        @Override
        public boolean confirmSent(String key, uk.childrenscomplaints.complaint.application.ports.MessageId id) {
            return false;
        }

        @Override
        public synchronized boolean claim(String key) {
            return claimed.add(key);
        }

        @Override
        public void markSent(String key) {}

        @Override
        public synchronized void release(String key) {
            claimed.remove(key);
        }
    };
    private final Mailer mailer = email -> {
        if (unreachable.contains(email.to().get(0))) {
            throw new DeliveryFailed("SES did not accept the weekly-team-summary email", null);
        }
        sent.add(email);
    };
    private final SendingWeeklyTeamSummaries summaries = new SendingWeeklyTeamSummaries(
            complaints,
            deliveries,
            mailer,
            new WhatIsDue(POLICY.calendar()),
            Map.of("Huntingdon", HUNTINGDON_MANAGER, "SCC", SCC_MANAGER, "ECF", ""),
            "Example Council");
    private int references;

    private Intake intake(LocalDate receivedOn, String team) {
        return new Intake(
                receivedOn,
                Route.ONLINE,
                Procedure.STATUTORY_CHILDRENS,
                new Complainant(
                        "Morgan Fairweather",
                        "morgan@example.test",
                        null,
                        null,
                        Relationship.PARENT_CARER,
                        "person-" + references),
                false,
                new ChildDetails("Ellis Fairweather", AgeBand.AGE_5_9, Gender.MALE),
                new TeamName(team),
                List.of(IssueCategory.COMMUNICATION),
                "Nobody called Morgan back.",
                "A call.",
                null,
                false,
                false);
    }

    private Complaint stored(String team, LocalDate receivedOn, ComplaintState state, ComplaintParts parts) {
        Complaint c = Complaint.restore(
                ComplaintId.random(),
                new Reference(2026, ++references),
                1,
                intake(receivedOn, team),
                state,
                parts,
                List.of());
        complaints.add(c);
        return c;
    }

    /** Stage 1 open with a respondent, due 10 working days after receipt as the policy counts them. */
    private Complaint stage1(String team, LocalDate receivedOn) {
        return stored(
                team,
                receivedOn,
                ComplaintState.STAGE1_OPEN,
                ComplaintParts.empty()
                        .withStage1(Stage1Record.due(POLICY.dueDate(TimescaleId.STAGE1_RESPONSE, receivedOn)))
                        .withRespondents(ComplaintFixtures.respondent(), null));
    }

    private Complaint stage2DueOn(String team, LocalDate dueOn) {
        return stored(
                team,
                mon_2026_10_26,
                ComplaintState.STAGE2_INVESTIGATING,
                ComplaintParts.empty()
                        .withStage2(new Stage2Record(
                                mon_2026_10_26, "Still no call", dueOn, dueOn.plusMonths(2), null, null, null, null)));
    }

    private List<String> references(List<SendingWeeklyTeamSummaries.Row> rows) {
        return rows.stream().map(SendingWeeklyTeamSummaries.Row::reference).toList();
    }

    private Email emailTo(String address) {
        return sent.stream()
                .filter(e -> e.to().equals(List.of(address)))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void overdueComplaintsComeFirstMostOverdueAtTheTopThenByDueDateAndThoseWithoutAClockLast() {
        Complaint dueSoon = stage1("Huntingdon", thu_2026_11_12); // due Thu 26 Nov
        Complaint withOmbudsman =
                stored("Huntingdon", mon_2026_10_26, ComplaintState.WITH_OMBUDSMAN, ComplaintParts.empty());
        Complaint stage2Late = stage2DueOn("Huntingdon", fri_2026_11_20); // 3 days overdue
        Complaint stage1Late = stage1("Huntingdon", mon_2026_10_26); // due Mon 9 Nov: 14 days overdue

        List<SendingWeeklyTeamSummaries.Row> rows = summaries.rows("Huntingdon", mon_2026_11_23);

        assertThat(references(rows))
                .containsExactly(
                        stage1Late.reference().toString(),
                        stage2Late.reference().toString(),
                        dueSoon.reference().toString(),
                        withOmbudsman.reference().toString());
        assertThat(rows).extracting(SendingWeeklyTeamSummaries.Row::daysOverdue).containsExactly(14L, 3L, 0L, 0L);
        assertThat(rows.get(0).due().dueOn()).isEqualTo(mon_2026_11_09);
    }

    @Test
    void closedWithdrawnAndOtherTeamsComplaintsAreLeftOut() {
        Complaint open = stage1("Huntingdon", thu_2026_11_12);
        stored("Huntingdon", mon_2026_10_26, ComplaintState.CLOSED, ComplaintParts.empty());
        stored("Huntingdon", mon_2026_10_26, ComplaintState.WITHDRAWN, ComplaintParts.empty());
        stored("Huntingdon", mon_2026_10_26, ComplaintState.NOT_INVESTIGATED, ComplaintParts.empty());
        Complaint scc = stage1("SCC", thu_2026_11_12);
        stage1("Huntingdon North", thu_2026_11_12);

        assertThat(references(summaries.rows("Huntingdon", mon_2026_11_23)))
                .containsExactly(open.reference().toString());
        assertThat(references(summaries.rows("SCC", mon_2026_11_23)))
                .containsExactly(scc.reference().toString());
    }

    @Test
    void aRestrictedComplaintIsLeftOutOfItsTeamsSummaryThoughStillOpen() {
        Complaint open = stage1("Huntingdon", thu_2026_11_12);
        Complaint restricted = ComplaintFixtures.statutory(
                ComplaintId.random(), thu_2026_11_12, POLICY.dueDate(TimescaleId.STAGE1_RESPONSE, thu_2026_11_12));
        assertThat(LegalHold.restrict(restricted, "A member of staff's family", ComplaintFixtures.STAFF)
                        .isAllowed())
                .isTrue();
        complaints.add(restricted);

        assertThat(references(summaries.rows("Huntingdon", mon_2026_11_23)))
                .containsExactly(open.reference().toString());
    }

    @Test
    void eachRowSaysTheStageWhatIsDueTheDateInWordsAndHowLate() {
        Complaint late = stage1("Huntingdon", mon_2026_10_26);
        stage1("Huntingdon", thu_2026_11_12);

        summaries.run(mon_2026_11_23);

        Email email = emailTo(HUNTINGDON_MANAGER);
        assertThat(email.template()).isEqualTo(EmailTemplate.WEEKLY_TEAM_SUMMARY);
        assertThat(email.cc()).isEmpty();
        assertThat(email.data())
                .containsEntry("team", "Huntingdon")
                .containsEntry("weekOf", "Monday 23 November 2026")
                .containsEntry("openCount", "2")
                .containsEntry("overdueCount", "1")
                .containsEntry("anyOpen", "yes")
                .containsEntry("anyOverdue", "yes")
                .containsEntry("councilName", "Example Council");
        assertThat(email.lists().get("complaints"))
                .containsExactly(
                        Map.of(
                                "reference",
                                late.reference().toString(),
                                "stage",
                                "Stage 1: awaiting response",
                                "what",
                                "Stage 1 response",
                                "dueOn",
                                "Monday 9 November 2026",
                                "overdue",
                                "14 days overdue"),
                        Map.of(
                                "reference",
                                "CSC-2026-0002",
                                "stage",
                                "Stage 1: awaiting response",
                                "what",
                                "Stage 1 response",
                                "dueOn",
                                "Thursday 26 November 2026",
                                "overdue",
                                ""));
    }

    @Test
    void theEmailNamesReferencesOnlyNeverTheComplainantTheChildOrWhatTheyWrote() {
        stage1("Huntingdon", mon_2026_10_26);
        stage1("SCC", thu_2026_11_12);

        summaries.run(mon_2026_11_23);

        assertThat(sent)
                .hasSize(2)
                .allSatisfy(email -> assertThat(email.data() + " " + email.lists())
                        .doesNotContain(
                                "Morgan", "Fairweather", "Ellis", "morgan@example.test", "Nobody called", "A call")
                        .contains("CSC-2026-"));
    }

    @Test
    void aTeamWithNothingOpenStillHearsSoSilenceNeverMeansTheSummaryBroke() {
        stage1("Huntingdon", thu_2026_11_12);

        SendingWeeklyTeamSummaries.Counts counts = summaries.run(mon_2026_11_23);

        assertThat(counts.sent()).isEqualTo(2);
        Email scc = emailTo(SCC_MANAGER);
        assertThat(scc.data())
                .containsEntry("anyOpen", "")
                .containsEntry("openCount", "0")
                .containsEntry("overdueCount", "0");
        assertThat(scc.lists().get("complaints")).isEmpty();
    }

    @Test
    void aTeamWithoutAManagerAddressIsNotCounted() {
        SendingWeeklyTeamSummaries.Counts counts = summaries.run(mon_2026_11_23);

        assertThat(counts.teams()).isEqualTo(2);
        assertThat(sent).extracting(e -> e.to().get(0)).containsExactly(HUNTINGDON_MANAGER, SCC_MANAGER);
    }

    @Test
    void firedLateOnWednesdayOrSundayItIsStillTheSummaryForMonday_23_NovemberAndNotSentAgain() {
        assertThat(SendingWeeklyTeamSummaries.weekOf(wed_2026_11_25)).isEqualTo(mon_2026_11_23);
        assertThat(SendingWeeklyTeamSummaries.weekOf(sun_2026_11_29)).isEqualTo(mon_2026_11_23);
        assertThat(SendingWeeklyTeamSummaries.deliveryKey(mon_2026_11_23, "Huntingdon North"))
                .isEqualTo("weekly-team-summary#2026-11-23#huntingdon-north");

        SendingWeeklyTeamSummaries.Counts monday = summaries.run(mon_2026_11_23);
        SendingWeeklyTeamSummaries.Counts wednesday = summaries.run(wed_2026_11_25);

        assertThat(monday).isEqualTo(new SendingWeeklyTeamSummaries.Counts(mon_2026_11_23, 2, 2, 0, 0, List.of()));
        assertThat(wednesday).isEqualTo(new SendingWeeklyTeamSummaries.Counts(mon_2026_11_23, 2, 0, 2, 0, List.of()));
        assertThat(sent).hasSize(2);
        assertThat(emailTo(HUNTINGDON_MANAGER).data()).containsEntry("weekOf", "Monday 23 November 2026");
    }

    @Test
    void oneTeamsFailedSendLetsTheOthersGoAndIsSentOnceByTheRetry() {
        unreachable.add(SCC_MANAGER);

        SendingWeeklyTeamSummaries.Counts first = summaries.run(mon_2026_11_23);

        assertThat(first).isEqualTo(new SendingWeeklyTeamSummaries.Counts(mon_2026_11_23, 2, 1, 0, 1, List.of("SCC")));
        assertThat(first.allDone()).isFalse();
        assertThat(claimed).containsExactly("weekly-team-summary#2026-11-23#huntingdon");

        unreachable.clear();
        SendingWeeklyTeamSummaries.Counts retry = summaries.run(mon_2026_11_23);
        SendingWeeklyTeamSummaries.Counts again = summaries.run(mon_2026_11_23);

        assertThat(retry).isEqualTo(new SendingWeeklyTeamSummaries.Counts(mon_2026_11_23, 2, 1, 1, 0, List.of()));
        assertThat(again).isEqualTo(new SendingWeeklyTeamSummaries.Counts(mon_2026_11_23, 2, 0, 2, 0, List.of()));
        assertThat(sent).extracting(e -> e.to().get(0)).containsExactly(HUNTINGDON_MANAGER, SCC_MANAGER);
    }

    @Test
    void whenTheTableFailsToReadOneTeamTheOtherTeamsStillGetTheirs() {
        // The store, except that reading SCC's complaints fails as a throttled query would.
        Complaints failingForScc = (Complaints) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Complaints.class}, (proxy, method, args) -> {
                    if (method.getName().equals("inState")
                            && ((TeamName) args[1]).value().equals("SCC")) {
                        throw new IllegalStateException("DynamoDB throttled the query");
                    }
                    try {
                        return method.invoke(complaints, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Deliveries releaseFails = new Deliveries() {
            @Override
            public boolean confirmSent(String key, uk.childrenscomplaints.complaint.application.ports.MessageId id) {
                return false;
            }

            @Override
            public boolean claim(String key) {
                return true;
            }

            @Override
            public void markSent(String key) {}

            @Override
            public void release(String key) {
                throw new IllegalStateException("DynamoDB is down");
            }
        };
        SendingWeeklyTeamSummaries withFailures = new SendingWeeklyTeamSummaries(
                failingForScc,
                releaseFails,
                mailer,
                new WhatIsDue(POLICY.calendar()),
                Map.of("SCC", SCC_MANAGER, "Huntingdon", HUNTINGDON_MANAGER),
                "Example Council");

        SendingWeeklyTeamSummaries.Counts counts = withFailures.run(mon_2026_11_23);

        assertThat(counts).isEqualTo(new SendingWeeklyTeamSummaries.Counts(mon_2026_11_23, 2, 1, 0, 1, List.of("SCC")));
        assertThat(sent).extracting(e -> e.to().get(0)).containsExactly(HUNTINGDON_MANAGER);
    }

    @Test
    void onBoxingDaySubstitute_mon_2026_12_28_theSummaryStillGoesWithStage1DueAfterChristmasAndNewYear() {
        // Received Thu 17 Dec: 25 Dec, 28 Dec and 1 Jan are bank holidays, so the 10th working day is Tue 5 Jan 2027.
        Complaint christmas = stage1("Huntingdon", thu_2026_12_17);

        SendingWeeklyTeamSummaries.Counts counts = summaries.run(mon_2026_12_28);

        assertThat(counts.sent()).isEqualTo(2);
        assertThat(emailTo(HUNTINGDON_MANAGER).lists().get("complaints"))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("reference", christmas.reference().toString())
                        .containsEntry("dueOn", "Tuesday 5 January 2027")
                        .containsEntry("overdue", ""));
        assertThat(emailTo(HUNTINGDON_MANAGER).data()).containsEntry("weekOf", "Monday 28 December 2026");
    }

    @Test
    void aPanelHeldThu_2026_12_17_owesItsReportOnChristmasEveThenTheCouncilsResponseOnTue_2027_01_19() {
        stored(
                "Huntingdon",
                mon_2026_10_26,
                ComplaintState.STAGE3_PANEL_HELD,
                ComplaintParts.empty()
                        .withStage3(new Stage3Record(
                                mon_2026_11_09,
                                null,
                                thu_2026_12_17,
                                List.of("A", "B", "C"),
                                "Apologise",
                                null,
                                null,
                                "Disagrees")));

        List<SendingWeeklyTeamSummaries.Row> before = summaries.rows("Huntingdon", mon_2026_12_21);
        List<SendingWeeklyTeamSummaries.Row> after = summaries.rows("Huntingdon", mon_2026_12_28);

        // Five working days after Thu 17 Dec: 18, 21, 22, 23, 24 Dec. Fifteen after that, skipping 25 and 28 Dec and
        // 1 Jan: Tue 19 Jan 2027.
        assertThat(before).singleElement().satisfies(r -> {
            assertThat(r.due().what()).startsWith("Panel's report");
            assertThat(r.due().dueOn()).isEqualTo(LocalDate.of(2026, 12, 24));
        });
        assertThat(after).singleElement().satisfies(r -> {
            assertThat(r.due().what()).startsWith("Council's response to the panel");
            assertThat(r.due().dueOn()).isEqualTo(LocalDate.of(2027, 1, 19));
            assertThat(r.daysOverdue()).isZero();
        });
    }

    @Test
    void afterTheStage2WindowEndsTheComplaintIsListedAsOverdueForClosing() {
        stored(
                "Huntingdon",
                mon_2026_10_26,
                ComplaintState.STAGE1_RESPONDED,
                ComplaintParts.empty()
                        .withStage1(Stage1Record.due(mon_2026_11_09)
                                .respondedOn(mon_2026_11_09, "Apology", fri_2026_11_20)));

        assertThat(summaries.rows("Huntingdon", mon_2026_11_23)).singleElement().satisfies(r -> {
            assertThat(r.due().what()).isEqualTo("Close: the window to ask for Stage 2 has ended");
            assertThat(r.daysOverdue()).isEqualTo(3);
        });
        assertThat(summaries.rows("Huntingdon", LocalDate.of(2026, 11, 16)))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.due().what()).isEqualTo("Complainant may ask for Stage 2 until");
                    assertThat(r.daysOverdue()).isZero();
                });
    }
}
