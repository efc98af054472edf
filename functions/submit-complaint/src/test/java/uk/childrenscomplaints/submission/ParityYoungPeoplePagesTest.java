package uk.childrenscomplaints.submission;

import static uk.childrenscomplaints.submission.PageParity.assertSamePage;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.intake.NewComplaintValidation;
import uk.childrenscomplaints.complaint.model.Complainant;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.Intake;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Reference;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Teams;
import uk.childrenscomplaints.submission.children.Advocacy;
import uk.childrenscomplaints.submission.children.YoungPeopleAnswers;
import uk.childrenscomplaints.submission.children.YoungPeoplePage;
import uk.childrenscomplaints.submission.children.YoungPeopleQuestion;

/**
 * MIGRATION ONLY (decision 044): the young people's compiled pages against the Thymeleaf ones, with each model built by
 * YoungPeoplePage as YoungPeopleFormController builds it, and problems found by the same validation.
 */
class ParityYoungPeoplePagesTest {
    private static final String ATTACK = "<script>alert(1)</script>\"'&";
    private static final LocalDate MON_2026_11_30 = LocalDate.of(2026, 11, 30);
    private static final LocalDate MON_2026_12_14 = LocalDate.of(2026, 12, 14);
    private static final String TOKEN = "4f1c2d8e-2b7a-4c55-9a57-0d3f1e6b9c21";

    private static final Teams TEAMS = Teams.of("Huntingdon", "ECF");
    private static final Advocacy ADVOCACY =
            new Advocacy("National Youth Advocacy Service (NYAS)", "0808 808 1001", "https://www.nyas.net");
    private static final Advocacy HOSTILE_ADVOCACY = new Advocacy(ATTACK, ATTACK, ATTACK);
    private static final NewComplaintValidation VALIDATION = new NewComplaintValidation(TEAMS);

    private static YoungPeopleAnswers answers(
            String whatHappened,
            String team,
            String wanted,
            String name,
            String email,
            String phone,
            boolean viaAdvocate) {
        return new YoungPeopleAnswers(whatHappened, team, wanted, name, email, phone, viaAdvocate, TOKEN);
    }

    /** What a child has typed before reaching the page: every carried field filled. */
    private static YoungPeopleAnswers full() {
        return answers(
                "They did not come to my review.",
                "Huntingdon",
                "Say sorry.",
                "Jay",
                "jay@example.test",
                "07700 900 982",
                true);
    }

    /** Nothing typed yet: FormAnswers.raw reads an absent field as "". */
    private static YoungPeopleAnswers empty() {
        return answers("", "", "", "", "", "", false);
    }

    private static YoungPeopleAnswers hostile() {
        return answers(ATTACK, ATTACK, ATTACK, ATTACK, ATTACK, ATTACK, true);
    }

    /** The page with the problems the controller would show on it: the intake's, in the page's plain words. */
    private static void assertSameQuestion(YoungPeopleQuestion page, YoungPeopleAnswers a, boolean fromCheck) {
        List<FieldError> problems = page.problems(VALIDATION.check(a.complaint(false), MON_2026_11_30), a);
        assertSamePage(page.view(), YoungPeoplePage.question(page, a, problems, fromCheck, TEAMS, ADVOCACY));
    }

    private static void assertSameQuestion(
            YoungPeopleQuestion page, YoungPeopleAnswers a, List<FieldError> problems, boolean fromCheck) {
        assertSamePage(page.view(), YoungPeoplePage.question(page, a, problems, fromCheck, TEAMS, ADVOCACY));
    }

    private static void assertSameQuestionWithHostileAdvocacy(YoungPeopleQuestion page) {
        assertSamePage(
                page.view(),
                YoungPeoplePage.question(page, hostile(), List.of(), true, TEAMS, HOSTILE_ADVOCACY),
                ViewEscapingTest.COUNCIL,
                ATTACK);
    }

    // The start page

    @Test
    void start() {
        assertSamePage(YoungPeoplePage.START_VIEW, YoungPeoplePage.start(TOKEN, ADVOCACY));
    }

    @Test
    void startEscapesTheAdvocacyServiceTheTokenAndTheCouncilsName() {
        assertSamePage(
                YoungPeoplePage.START_VIEW,
                YoungPeoplePage.start(ATTACK, HOSTILE_ADVOCACY),
                ViewEscapingTest.COUNCIL,
                ATTACK);
    }

    // What happened

    @Test
    void whatHappenedFirstTimeNothingCarried() {
        assertSameQuestion(YoungPeopleQuestion.WHAT_HAPPENED, empty(), List.of(), false);
    }

    @Test
    void whatHappenedLeftEmptyIsAProblem() {
        assertSameQuestion(YoungPeopleQuestion.WHAT_HAPPENED, empty(), false);
    }

    @Test
    void whatHappenedTooLongIsAProblemAndKeepsTheText() {
        String tooLong = "a".repeat(NewComplaintValidation.MAX_TEXT + 1);
        assertSameQuestion(YoungPeopleQuestion.WHAT_HAPPENED, answers(tooLong, "", "", "Jay", "", "", false), false);
    }

    @Test
    void whatHappenedFromCheckCarriesTheOtherAnswers() {
        assertSameQuestion(YoungPeopleQuestion.WHAT_HAPPENED, full(), List.of(), true);
    }

    @Test
    void whatHappenedEscapesEveryAnswerAndProblem() {
        assertSameQuestion(
                YoungPeopleQuestion.WHAT_HAPPENED, hostile(), List.of(new FieldError("whatHappened", ATTACK)), true);
        assertSameQuestionWithHostileAdvocacy(YoungPeopleQuestion.WHAT_HAPPENED);
    }

    // Team

    @Test
    void teamNothingChosen() {
        assertSameQuestion(YoungPeopleQuestion.TEAM, empty(), List.of(), false);
    }

    @Test
    void teamChosenIsChecked() {
        assertSameQuestion(YoungPeopleQuestion.TEAM, full(), List.of(), true);
    }

    @Test
    void teamNotSureIsChecked() {
        assertSameQuestion(
                YoungPeopleQuestion.TEAM,
                answers("It went wrong.", YoungPeoplePage.NOT_SURE, "", "", "", "", false),
                false);
    }

    @Test
    void teamNotOnTheListIsAProblem() {
        assertSameQuestion(
                YoungPeopleQuestion.TEAM, answers("It went wrong.", "Nowhere", "", "Jay", "", "", false), false);
    }

    @Test
    void teamEscapesEveryAnswerProblemAndTeamName() {
        YoungPeopleAnswers a = hostile();
        Teams hostileTeams = Teams.of(ATTACK, "ECF");
        assertSamePage(
                YoungPeopleQuestion.TEAM.view(),
                YoungPeoplePage.question(
                        YoungPeopleQuestion.TEAM,
                        a,
                        List.of(new FieldError("team", ATTACK)),
                        false,
                        hostileTeams,
                        ADVOCACY));
        assertSameQuestionWithHostileAdvocacy(YoungPeopleQuestion.TEAM);
    }

    // What you would like

    @Test
    void wantedEmpty() {
        assertSameQuestion(YoungPeopleQuestion.WANTED, empty(), List.of(), false);
    }

    @Test
    void wantedTooLongIsAProblemAndKeepsTheText() {
        String tooLong = "b".repeat(NewComplaintValidation.MAX_TEXT + 1);
        assertSameQuestion(
                YoungPeopleQuestion.WANTED, answers("It went wrong.", "", tooLong, "Jay", "", "", false), false);
    }

    @Test
    void wantedFromCheckCarriesTheOtherAnswers() {
        assertSameQuestion(YoungPeopleQuestion.WANTED, full(), List.of(), true);
    }

    @Test
    void wantedEscapesEveryAnswerAndProblem() {
        assertSameQuestion(
                YoungPeopleQuestion.WANTED, hostile(), List.of(new FieldError("desiredOutcome", ATTACK)), false);
        assertSameQuestionWithHostileAdvocacy(YoungPeopleQuestion.WANTED);
    }

    // Your name

    @Test
    void nameEmpty() {
        assertSameQuestion(YoungPeopleQuestion.NAME, empty(), List.of(), false);
    }

    @Test
    void nameLeftEmptyIsAProblem() {
        assertSameQuestion(YoungPeopleQuestion.NAME, answers("It went wrong.", "", "", "", "", "", false), false);
    }

    @Test
    void nameFromCheckCarriesTheOtherAnswers() {
        assertSameQuestion(YoungPeopleQuestion.NAME, full(), List.of(), true);
    }

    @Test
    void nameEscapesEveryAnswerAndProblem() {
        assertSameQuestion(
                YoungPeopleQuestion.NAME, hostile(), List.of(new FieldError("complainantName", ATTACK)), false);
        assertSameQuestionWithHostileAdvocacy(YoungPeopleQuestion.NAME);
    }

    // How we get in touch

    @Test
    void contactEmptyAndNotThroughAnAdvocate() {
        assertSameQuestion(YoungPeopleQuestion.CONTACT, empty(), List.of(), false);
    }

    @Test
    void contactFilledAndThroughAnAdvocate() {
        assertSameQuestion(YoungPeopleQuestion.CONTACT, full(), List.of(), true);
    }

    @Test
    void contactBadEmailAndPhoneAreBothProblems() {
        assertSameQuestion(
                YoungPeopleQuestion.CONTACT,
                answers("It went wrong.", "", "", "Jay", "jay at home", "call me", false),
                false);
    }

    @Test
    void contactBadEmailAloneIsAProblem() {
        assertSameQuestion(
                YoungPeopleQuestion.CONTACT,
                answers("It went wrong.", "", "", "Jay", "jay at home", "07700 900 982", true),
                false);
    }

    @Test
    void contactBadPhoneAloneIsAProblem() {
        assertSameQuestion(
                YoungPeopleQuestion.CONTACT,
                answers("It went wrong.", "", "", "Jay", "jay@example.test", "call me", false),
                false);
    }

    @Test
    void contactEscapesEveryAnswerAndProblem() {
        assertSameQuestion(
                YoungPeopleQuestion.CONTACT,
                hostile(),
                List.of(new FieldError("email", ATTACK), new FieldError("phone", ATTACK)),
                false);
        assertSameQuestionWithHostileAdvocacy(YoungPeopleQuestion.CONTACT);
    }

    // Check your answers

    @Test
    void checkEverythingAnswered() {
        assertSameQuestion(YoungPeopleQuestion.CHECK, full(), List.of(), false);
    }

    @Test
    void checkOnlyWhatHappenedAndNameSaysYouDidNotSay() {
        assertSameQuestion(
                YoungPeopleQuestion.CHECK, answers("It went wrong.", "", "  ", "Jay", "", "", false), List.of(), false);
    }

    @Test
    void checkThroughAnAdvocateOnly() {
        assertSameQuestion(
                YoungPeopleQuestion.CHECK, answers("It went wrong.", "", "", "Jay", "", "", true), List.of(), false);
    }

    @Test
    void checkEmailOnlyAndPhoneOnly() {
        assertSameQuestion(
                YoungPeopleQuestion.CHECK,
                answers("It went wrong.", "", "", "Jay", "jay@example.test", "", false),
                List.of(),
                false);
        assertSameQuestion(
                YoungPeopleQuestion.CHECK,
                answers("It went wrong.", "", "", "Jay", "", "07700 900 982", false),
                List.of(),
                false);
    }

    @Test
    void checkNotSureTeam() {
        assertSameQuestion(
                YoungPeopleQuestion.CHECK,
                answers("It went wrong.", YoungPeoplePage.NOT_SURE, "", "Jay", "", "", false),
                List.of(),
                false);
    }

    @Test
    void checkSentWithoutConsentIsAProblem() {
        assertSameQuestion(YoungPeopleQuestion.CHECK, full(), false);
    }

    @Test
    void checkWhenTheSystemIsBusy() {
        // As the controller answers an AWS outage: the check page again with the busy message on consent.
        assertSameQuestion(
                YoungPeopleQuestion.CHECK,
                full(),
                List.of(new FieldError("consent", YoungPeopleFormController.BUSY)),
                false);
    }

    @Test
    void checkEscapesEveryAnswerAndProblem() {
        assertSameQuestion(YoungPeopleQuestion.CHECK, hostile(), List.of(new FieldError("consent", ATTACK)), false);
        assertSameQuestionWithHostileAdvocacy(YoungPeopleQuestion.CHECK);
    }

    // We have your complaint

    @Test
    void receivedWithAnEmailSaysWeSentOne() {
        Complaint c = ComplaintFixtures.statutory(ComplaintId.random(), MON_2026_11_30, MON_2026_12_14);
        assertSamePage(YoungPeoplePage.RECEIVED_VIEW, YoungPeoplePage.received(c, ADVOCACY));
    }

    @Test
    void receivedWithoutAnEmailDoesNot() {
        Complaint c = complaint(Procedure.STATUTORY_CHILDRENS, null, MON_2026_12_14);
        assertSamePage(YoungPeoplePage.RECEIVED_VIEW, YoungPeoplePage.received(c, ADVOCACY));
    }

    @Test
    void receivedOffTheStatutoryClockHasNoDate() {
        Complaint c = complaint(Procedure.CORPORATE, "jay@example.test", null);
        assertSamePage(YoungPeoplePage.RECEIVED_VIEW, YoungPeoplePage.received(c, ADVOCACY));
    }

    @Test
    void receivedEscapesTheAdvocacyServiceAndTheCouncilsName() {
        Complaint c = ComplaintFixtures.statutory(ComplaintId.random(), MON_2026_11_30, MON_2026_12_14);
        assertSamePage(
                YoungPeoplePage.RECEIVED_VIEW,
                YoungPeoplePage.received(c, HOSTILE_ADVOCACY),
                ViewEscapingTest.COUNCIL,
                ATTACK);
    }

    private static Complaint complaint(Procedure procedure, String email, LocalDate dueOn) {
        Intake fixture = ComplaintFixtures.intake(MON_2026_11_30, procedure);
        Intake intake = new Intake(
                fixture.receivedOn(),
                fixture.route(),
                procedure,
                new Complainant("Jay", email, null, null, Relationship.CHILD, "person-2"),
                true,
                fixture.child(),
                null,
                fixture.issues(),
                fixture.description(),
                fixture.desiredOutcome(),
                null,
                false,
                false);
        return Complaint.receive(
                ComplaintId.random(),
                new Reference(FinancialQuarter.financialYearOf(MON_2026_11_30), 2),
                intake,
                dueOn,
                ComplaintFixtures.STAFF);
    }
}
