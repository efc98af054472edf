package uk.childrenscomplaints.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.submission.PageParity.assertSamePage;

import io.micronaut.http.HttpResponse;
import io.micronaut.views.ModelAndView;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.infrastructure.CouncilProfile;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.Decision;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.LaterStages;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Reference;

/**
 * MIGRATION ONLY (decision 044): the status pages, the Stage 2 answers and the council's own pages, compiled against
 * Thymeleaf, with each model built by the code that builds it in the app.
 */
class ParityStatusAndCouncilPagesTest {
    private static final String ATTACK = "<script>alert(1)</script>\"'&";
    private static final String NAME = "Test County Council";

    private static final LocalDate mon_2026_05_11 = LocalDate.of(2026, 5, 11);
    private static final LocalDate wed_2026_05_20 = LocalDate.of(2026, 5, 20);
    private static final LocalDate fri_2026_05_22 = LocalDate.of(2026, 5, 22);
    private static final LocalDate tue_2026_05_26 = LocalDate.of(2026, 5, 26);
    private static final LocalDate wed_2026_05_27 = LocalDate.of(2026, 5, 27);
    private static final LocalDate fri_2026_06_19 = LocalDate.of(2026, 6, 19);
    private static final LocalDate wed_2026_07_01 = LocalDate.of(2026, 7, 1);
    private static final LocalDate fri_2026_07_03 = LocalDate.of(2026, 7, 3);
    private static final LocalDate wed_2026_09_30 = LocalDate.of(2026, 9, 30);

    /** Every free-text detail of the profile hostile; the email as hostile as an address can be; a logo. */
    private static final CouncilProfile HOSTILE_COUNCIL = new CouncilProfile(
            ATTACK,
            ATTACK,
            "o'brien&co@council.example",
            ATTACK,
            ATTACK,
            "/assets/council/logo.svg",
            "#0b0c0c",
            ATTACK,
            ATTACK,
            ATTACK,
            "england-and-wales",
            "children-act-1989-england",
            "2026-11-30");

    /** The sample council with a logo: the header's other branch. */
    private static final CouncilProfile COUNCIL_WITH_LOGO = new CouncilProfile(
            "+44 1632 960 001",
            "Monday to Friday, 9am to 5pm",
            "complaints@council.example",
            "Town Hall, Example Street",
            "Town Hall, 9am to 4pm",
            "/assets/council/crest.png",
            "#1d70b8",
            "National Youth Advocacy Service (NYAS)",
            "0808 808 1001",
            "https://www.nyas.net",
            "england-and-wales",
            "children-act-1989-england",
            "2026-02-28");

    // complaint-status

    @Test
    void statusBeforeTheStage1DueDateOffersNoStage2() {
        assertStatus(StatusPage.of(stage1Open(), wed_2026_05_20, false, "token-1", "key-1", "", List.of()));
    }

    @Test
    void statusAfterAMissedStage1DueDateOffersStage2AsLate() {
        Map<String, Object> model =
                StatusPage.of(stage1Open(), wed_2026_05_27, false, "token-1", "key-1", "", List.of());

        assertThat(model).containsEntry("offerStage2", true).containsEntry("late", true);
        assertStatus(model);
    }

    @Test
    void statusOfAComplaintFlaggedAsEntitledOffersStage2AsLate() {
        Complaint c = stage1Open();
        allowed(c.flagStage2Entitlement(fri_2026_05_22, ComplaintFixtures.STAFF));

        assertStatus(StatusPage.of(c, fri_2026_05_22, false, "token-1", "key-1", "", List.of()));
    }

    @Test
    void statusAfterTheStage1ReplyOffersStage2UntilTheRequestByDate() {
        Map<String, Object> model = StatusPage.of(
                stage1Responded(fri_2026_06_19), wed_2026_05_27, false, "token-1", "key-1", "", List.of());

        assertThat(model).containsEntry("offerStage2", true).containsEntry("late", false);
        assertThat((String) model.get("requestBy")).isNotEmpty();
        assertStatus(model);
    }

    @Test
    void statusAfterTheStage2WindowClosedOffersNoStage2() {
        assertStatus(StatusPage.of(
                stage1Responded(fri_2026_06_19), wed_2026_07_01, false, "token-1", "key-1", "", List.of()));
    }

    @Test
    void statusAfterAStage1ReplyWithNoRequestByDateOffersNoStage2() {
        assertStatus(StatusPage.of(stage1Responded(null), wed_2026_05_27, false, "token-1", "key-1", "", List.of()));
    }

    @Test
    void statusFromASpentLinkOffersNoStage2() {
        Map<String, Object> model =
                StatusPage.of(stage1Open(), wed_2026_05_27, true, "token-1", "key-1", "", List.of());

        assertThat(model).containsEntry("offerStage2", false);
        assertStatus(model);
    }

    @Test
    void statusShownAgainWithNoReasonsHasTheErrorSummaryAndTheFieldsError() {
        assertStatus(StatusPage.of(
                stage1Responded(fri_2026_06_19),
                wed_2026_05_27,
                false,
                "token-1",
                "key-1",
                "   ",
                Stage2RequestController.check("   ")));
    }

    @Test
    void statusShownAgainKeepsHostileReasonsTokenAndFormKeyAsText() {
        String reasons = (ATTACK + "\n").repeat(StatusPage.MAX_REASONS / ATTACK.length() + 1);
        List<FieldError> errors = Stage2RequestController.check(reasons);

        assertThat(errors).hasSize(1);
        assertStatus(
                StatusPage.of(stage1Responded(fri_2026_06_19), wed_2026_05_27, false, ATTACK, ATTACK, reasons, errors));
    }

    @Test
    void statusShownAgainWithTheUseCasesHostileErrorsListsEveryOne() {
        // Stage2RequestController.notDone maps every Invalid error onto the reasons field; the first one is shown
        // there.
        List<FieldError> errors = List.of(new FieldError("reasons", ATTACK), new FieldError("reasons", "Second"));

        assertStatus(
                StatusPage.of(stage1Open(), wed_2026_05_27, false, "token-1", "key-1", ATTACK, errors),
                HOSTILE_COUNCIL,
                ATTACK);
    }

    @Test
    void statusShownAgainAfterTheWindowClosedHasTheSummaryButNoForm() {
        assertStatus(StatusPage.of(
                stage1Responded(fri_2026_06_19),
                wed_2026_07_01,
                false,
                "token-1",
                "key-1",
                "I waited",
                List.of(new FieldError("reasons", "the window to ask for Stage 2 closed"))));
    }

    @Test
    void statusDuringStage2ShowsItsDueDate() {
        assertStatus(StatusPage.of(stage2Requested(), wed_2026_07_01, false, "token-1", "key-1", "", List.of()));
    }

    @Test
    void statusAfterTheStage2ReplyShowsItsDate() {
        Complaint c = stage2Requested();
        allowed(LaterStages.recordStage2Response(c, wed_2026_09_30, ComplaintFixtures.STAFF));

        assertStatus(StatusPage.of(c, wed_2026_09_30, false, "token-1", "key-1", "", List.of()));
    }

    @Test
    void statusOfAComplaintOffTheStatutoryClockHasOnlyItsReceivedDate() {
        Complaint c = Complaint.receive(
                ComplaintId.random(),
                new Reference(FinancialQuarter.financialYearOf(mon_2026_05_11), 7),
                ComplaintFixtures.intake(mon_2026_05_11, Procedure.CORPORATE),
                null,
                ComplaintFixtures.STAFF);

        assertStatus(StatusPage.of(c, wed_2026_05_27, false, "token-1", "key-1", "", List.of()));
    }

    @Test
    void statusWithAHostileCouncilAndALogo() {
        assertStatus(
                StatusPage.of(stage1Responded(fri_2026_06_19), wed_2026_05_27, false, "t", "k", ATTACK, List.of()),
                HOSTILE_COUNCIL,
                ATTACK);
        assertStatus(
                StatusPage.of(stage1Open(), wed_2026_05_20, false, "t", "k", "", List.of()), COUNCIL_WITH_LOGO, NAME);
    }

    @Test
    void statusOfferingStage2WithoutARequestByDateWouldMatchToo() {
        // Not reachable from the app (an offer with no request-by date is always a late one), but the template has
        // the branch: the model is the app's own with that one entry changed.
        Map<String, Object> model = new HashMap<>(
                StatusPage.of(stage1Responded(fri_2026_06_19), wed_2026_05_27, false, "t", "k", "", List.of()));
        model.put("requestBy", "");

        assertStatus(model);
    }

    // status-link-problem

    @ParameterizedTest
    @EnumSource(StatusLinkPages.Why.class)
    void statusLinkProblem(StatusLinkPages.Why why) {
        assertSamePage(StatusLinkPages.VIEW, model(StatusLinkPages.refuse(why)));
        assertSamePage(StatusLinkPages.VIEW, model(StatusLinkPages.refuse(why)), HOSTILE_COUNCIL, ATTACK);
        assertSamePage(StatusLinkPages.VIEW, model(StatusLinkPages.refuse(why)), COUNCIL_WITH_LOGO, NAME);
    }

    // stage2-requested

    @Test
    void stage2RequestedWithItsDueDate() {
        Map<String, Object> model = Stage2RequestController.donePage(stage2Requested());

        assertThat((String) model.get("dueOn")).isNotEmpty();
        assertSamePage(Stage2RequestController.DONE_VIEW, model);
        assertSamePage(Stage2RequestController.DONE_VIEW, model, HOSTILE_COUNCIL, ATTACK);
    }

    @Test
    void stage2RequestedWithoutAStage2RecordSaysTwentyFiveWorkingDays() {
        Map<String, Object> model = Stage2RequestController.donePage(stage1Open());

        assertThat(model).containsEntry("dueOn", "");
        assertSamePage(Stage2RequestController.DONE_VIEW, model);
        assertSamePage(Stage2RequestController.DONE_VIEW, model, COUNCIL_WITH_LOGO, NAME);
    }

    // stage2-not-taken: Stage2RequestController.notTaken builds this map inline, with these keys.

    @Test
    void stage2NotTakenForEachReasonTheControllerGives() {
        for (String[] answer : new String[][] {
            {"What you wrote is too long", "Please keep your reasons under 10,000 characters. Go back and try again."},
            {"You cannot ask for stage 2 at the moment", "the window to ask for Stage 2 closed on 2026-06-19"},
            {"You cannot ask for stage 2 here", "this complaint is not yours to change"},
            {
                "Sorry, please try again",
                "Your complaint was being updated at the same moment. Go back, and send your request again."
            }
        }) {
            assertSamePage(Stage2RequestController.NOT_TAKEN_VIEW, Map.of("title", answer[0], "message", answer[1]));
        }
    }

    @Test
    void stage2NotTakenKeepsAHostileReasonAsText() {
        Map<String, Object> model = Map.of("title", ATTACK, "message", ATTACK);

        assertSamePage(Stage2RequestController.NOT_TAKEN_VIEW, model);
        assertSamePage(Stage2RequestController.NOT_TAKEN_VIEW, model, HOSTILE_COUNCIL, ATTACK);
        assertSamePage(Stage2RequestController.NOT_TAKEN_VIEW, model, COUNCIL_WITH_LOGO, NAME);
    }

    // The council's own pages

    @Test
    void accessibilityStatement() {
        assertCouncilPage(CouncilPagesController.ACCESSIBILITY_VIEW, c -> c.accessibility());
    }

    @Test
    void cookies() {
        assertCouncilPage(CouncilPagesController.COOKIES_VIEW, c -> c.cookies());
    }

    @Test
    void privacyNotice() {
        assertCouncilPage(CouncilPagesController.PRIVACY_VIEW, c -> c.privacy());
    }

    private interface Page {
        HttpResponse<ModelAndView<Map<String, Object>>> of(CouncilPagesController controller);
    }

    /** The sample council (no logo), one with a logo, and a hostile one, each with the model its controller gives. */
    private static void assertCouncilPage(String view, Page page) {
        for (CouncilProfile council : List.of(ViewEscapingTest.COUNCIL, COUNCIL_WITH_LOGO, HOSTILE_COUNCIL)) {
            String name = council == HOSTILE_COUNCIL ? ATTACK : NAME;
            assertSamePage(view, model(page.of(new CouncilPagesController(council))), council, name);
        }
    }

    private static Map<String, Object> model(HttpResponse<ModelAndView<Map<String, Object>>> response) {
        return response.body().getModel().orElseThrow();
    }

    private static void assertStatus(Map<String, Object> model) {
        assertSamePage(StatusPage.VIEW, model);
    }

    private static void assertStatus(Map<String, Object> model, CouncilProfile council, String name) {
        assertSamePage(StatusPage.VIEW, model, council, name);
    }

    /** Received Monday 11 May 2026, Stage 1 reply due Tuesday 26 May. */
    private static Complaint stage1Open() {
        return ComplaintFixtures.statutory(ComplaintId.random(), mon_2026_05_11, tue_2026_05_26);
    }

    private static Complaint stage1Responded(LocalDate stage2RequestBy) {
        Complaint c = stage1Open();
        allowed(c.recordStage1Response(fri_2026_05_22, "Our reply", stage2RequestBy, ComplaintFixtures.STAFF));
        return c;
    }

    private static Complaint stage2Requested() {
        Complaint c = stage1Responded(fri_2026_06_19);
        allowed(LaterStages.requestStage2(
                c,
                wed_2026_05_27,
                ATTACK,
                false,
                new LaterStages.Stage2Clock(fri_2026_07_03, wed_2026_09_30),
                ComplaintFixtures.STAFF));
        return c;
    }

    private static void allowed(Decision decision) {
        assertThat(decision).isInstanceOf(Decision.Allowed.class);
    }
}
