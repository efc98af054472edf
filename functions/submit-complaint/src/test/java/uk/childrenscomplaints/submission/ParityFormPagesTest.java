package uk.childrenscomplaints.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.submission.PageParity.assertSamePage;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.views.ModelAndView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.intake.NewComplaintValidation;
import uk.childrenscomplaints.complaint.application.intake.SubmissionResult;
import uk.childrenscomplaints.complaint.infrastructure.CouncilProfile;
import uk.childrenscomplaints.complaint.model.AgeBand;
import uk.childrenscomplaints.complaint.model.ChildDetails;
import uk.childrenscomplaints.complaint.model.Complainant;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.Gender;
import uk.childrenscomplaints.complaint.model.Intake;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Reference;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.model.Teams;
import uk.childrenscomplaints.web.FormAnswers;

/**
 * MIGRATION ONLY (decision 044): the complaint form and the pages a submission can end on, compiled against Thymeleaf,
 * with each model built by the code the app builds it with.
 */
class ParityFormPagesTest {
    private static final String ATTACK = "<script>alert(1)</script>\"'&";
    private static final Teams TEAMS =
            Teams.of("SCC", "ECF", "Huntingdon", "Safeguarding and Standards Unit", "EDT", "Kinship", "LAC", "16+");
    private static final LocalDate THU_2026_12_24 = LocalDate.of(2026, 12, 24);

    /** Every council detail a page writes is hostile; the email must still parse, and the colour be a colour. */
    private static final CouncilProfile HOSTILE_COUNCIL = new CouncilProfile(
            ATTACK,
            ATTACK,
            "complaints@council.example",
            ATTACK,
            ATTACK,
            "/assets/council/logo.svg",
            "#1d70b8",
            ATTACK,
            ATTACK,
            ATTACK,
            "england-and-wales",
            "children-act-1989-england",
            "2026-11-30");

    private static final String EVERY_ANSWER = "complainantName=Alex Example&email=alex@example.test"
            + "&phone=01632 960 123&address=1 Example Road%0D%0AExampletown&relationship=grandparent"
            + "&viaAdvocate=yes&moreThanOneChild=yes&childName=Sam&childAge=9&childGender=female&team=Huntingdon"
            + "&issues=communication&issues=decision&whatHappened=Nobody called back.%0D%0ATwice."
            + "&desiredOutcome=A call&matterOccurredOn-day=3&matterOccurredOn-month=11&matterOccurredOn-year=2026"
            + "&procedure=corporate&consent=yes&formToken=0f8fad5b-d9cb-469f-a165-70867728950e";

    /** Parity, and the hostile text reached the compiled page as text: compared with Thymeleaf's, not merely absent. */
    private static void assertSameHostilePage(
            String view, Map<String, Object> model, CouncilProfile council, String councilName) {
        assertSamePage(view, model, council, councilName);
        Map<String, Object> full = new HashMap<>(model);
        full.put(uk.childrenscomplaints.web.CouncilPageModel.COUNCIL, council);
        full.put(uk.childrenscomplaints.web.CouncilPageModel.NAME, councilName);
        assertThat(PageParity.COMPILED.render(view, full))
                .doesNotContain("<script>alert")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    private static FormAnswers answers(String body) {
        return FormAnswers.parse(body.replace(" ", "+"));
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    // The complaint form

    @Test
    void theBlankForm() {
        assertSamePage(FormPage.VIEW, FormPage.blank(TEAMS, "0f8fad5b-d9cb-469f-a165-70867728950e"));
    }

    @Test
    void theBlankFormWithHostileTeamsTokenAndCouncil() {
        Teams hostileTeams = Teams.fromEntries(List.of("SCC=" + ATTACK, "ECF=" + ATTACK + "2"));

        assertSameHostilePage(FormPage.VIEW, FormPage.blank(hostileTeams, ATTACK), HOSTILE_COUNCIL, ATTACK);
    }

    @Test
    void everyAnswerKeptWithEveryChoiceTickedAndNoErrors() {
        Map<String, Object> model = FormPage.withAnswers(TEAMS, answers(EVERY_ANSWER), List.of(), "token-1");

        assertSamePage(FormPage.VIEW, model);
    }

    @Test
    void theOtherRadioOfEachPairTicked() {
        FormAnswers answers = answers("viaAdvocate=no&relationship=parent_carer&childGender=unknown&team=dont_know"
                + "&procedure=schools&issues=standards");

        assertSamePage(FormPage.VIEW, FormPage.withAnswers(TEAMS, answers, List.of(), "token-1"));
    }

    @Test
    void nothingSentAtAll() {
        assertSamePage(FormPage.VIEW, FormPage.withAnswers(TEAMS, FormAnswers.none(), List.of(), "token-1"));
    }

    @Test
    void hostileAnswersInEveryFieldAndChoice() {
        String attack = encoded(ATTACK);
        String body = FormPage.TEXT_FIELDS.stream().map(f -> f + "=" + attack).collect(Collectors.joining("&"))
                + "&"
                + FormPage.CHOICE_FIELDS.stream().map(f -> f + "=" + attack).collect(Collectors.joining("&"));

        assertSameHostilePage(
                FormPage.VIEW,
                FormPage.withAnswers(TEAMS, FormAnswers.parse(body), List.of(), ATTACK),
                ViewEscapingTest.COUNCIL,
                "Test County Council");
    }

    @Test
    void hostileErrorsOnEveryQuestionWithHostileAnswers() {
        String attack = encoded(ATTACK);
        String body = FormPage.TEXT_FIELDS.stream().map(f -> f + "=" + attack).collect(Collectors.joining("&"));
        List<FieldError> errors = FormPage.FIELD_ORDER.stream()
                .map(f -> new FieldError(f, ATTACK + " " + f))
                .toList();

        assertSameHostilePage(
                FormPage.VIEW,
                FormPage.withAnswers(TEAMS, FormAnswers.parse(body), errors, "token-1"),
                HOSTILE_COUNCIL,
                ATTACK);
    }

    static List<String> everyQuestion() {
        return FormPage.FIELD_ORDER;
    }

    /** Each question's error alone: its own branches on, every other question's off. */
    @ParameterizedTest
    @MethodSource("everyQuestion")
    void oneErrorAlone(String field) {
        Map<String, Object> model = FormPage.withAnswers(
                TEAMS, answers(EVERY_ANSWER), List.of(new FieldError(field, "Check " + field)), "token-1");

        assertSamePage(FormPage.VIEW, model);
    }

    @Test
    void twoErrorsOnOneQuestionShowTheFirst() {
        List<FieldError> errors = List.of(
                new FieldError("email", "Enter an email address in the correct format"),
                new FieldError("email", "Second"),
                new FieldError("contact", "Enter a way to contact you"));

        assertSamePage(FormPage.VIEW, FormPage.withAnswers(TEAMS, answers("email=nope"), errors, "token-1"));
    }

    /** As ComplaintFormController answers an empty or unreadable form: what could not be read, then the rules. */
    @Test
    void theControllersOwnErrorsForAFormThatCannotBeRead() {
        FormAnswers answers = answers("childAge=nine&matterOccurredOn-day=31&matterOccurredOn-month=2"
                + "&matterOccurredOn-year=2026&email=not an address&relationship=" + encoded(ATTACK));
        ComplaintForm.Read read = ComplaintForm.read(answers);
        List<FieldError> errors = ComplaintFormController.merge(
                read.unreadable(), new NewComplaintValidation(TEAMS).check(read.complaint(), THU_2026_12_24));
        assertThat(errors).isNotEmpty();

        assertSamePage(FormPage.VIEW, FormPage.withAnswers(TEAMS, answers, errors, "token-1"));
    }

    @Test
    void theFormAgainWhenTheCouncilsSystemIsBusy() {
        HttpResponse<?> response = new SubmissionFailures(TEAMS).busy(formPost(EVERY_ANSWER.replace(" ", "+")));

        assertSamePage(FormPage.VIEW, model(response, FormPage.VIEW));
    }

    @Test
    void theFormAgainWhenSomethingFailedWithHostileAnswers() {
        HttpResponse<?> response =
                new SubmissionFailures(TEAMS).failed(formPost("complainantName=" + encoded(ATTACK) + "&formToken=x"));

        assertSamePage(FormPage.VIEW, model(response, FormPage.VIEW));
    }

    private static HttpRequest<?> formPost(String body) {
        return HttpRequest.POST("/complaints", body.getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> model(HttpResponse<?> response, String view) {
        ModelAndView<Map<String, Object>> page = (ModelAndView<Map<String, Object>>) response.body();
        assertThat(page.getView()).contains(view);
        return page.getModel().orElseThrow();
    }

    // The confirmation page

    private static Complaint received(Procedure procedure, Complainant complainant) {
        Intake intake = new Intake(
                THU_2026_12_24,
                Route.ONLINE,
                procedure,
                complainant,
                false,
                new ChildDetails(null, AgeBand.AGE_5_9, Gender.FEMALE),
                new TeamName("Huntingdon"),
                List.of(IssueCategory.COMMUNICATION),
                "They did not call back.",
                "A phone call every week.",
                null,
                false,
                false);
        return Complaint.receive(
                ComplaintId.random(),
                new Reference(FinancialQuarter.financialYearOf(THU_2026_12_24), 1),
                intake,
                procedure.runsStatutoryClock() ? LocalDate.of(2027, 1, 11) : null,
                ComplaintFixtures.STAFF);
    }

    private static final Complainant WITH_EMAIL =
            new Complainant("Pat Example", "pat@example.test", null, null, Relationship.GRANDPARENT, "person-1");
    private static final Complainant PHONE_ONLY =
            new Complainant("Pat Example", null, "01632 960 123", null, Relationship.PARENT_CARER, "person-1");

    @Test
    void receivedStatutoryAndEmailed() {
        assertSamePage(ConfirmationPage.VIEW, ConfirmationPage.of(received(Procedure.STATUTORY_CHILDRENS, WITH_EMAIL)));
    }

    @Test
    void receivedStatutoryNotEmailed() {
        assertSamePage(ConfirmationPage.VIEW, ConfirmationPage.of(received(Procedure.STATUTORY_CHILDRENS, PHONE_ONLY)));
    }

    @Test
    void receivedUnderAnotherProcedureAndEmailed() {
        assertSamePage(ConfirmationPage.VIEW, ConfirmationPage.of(received(Procedure.SCHOOLS, WITH_EMAIL)));
    }

    @Test
    void receivedUnderAnotherProcedureNotEmailed() {
        assertSamePage(ConfirmationPage.VIEW, ConfirmationPage.of(received(Procedure.CORPORATE, PHONE_ONLY)));
    }

    @Test
    void receivedWithHostileTextInEveryValueBothWays() {
        for (Procedure procedure : List.of(Procedure.STATUTORY_CHILDRENS, Procedure.CORPORATE)) {
            Map<String, Object> model = new HashMap<>(ConfirmationPage.of(received(procedure, WITH_EMAIL)));
            model.replaceAll((key, value) -> value instanceof String ? ATTACK + key : value);

            assertSameHostilePage(ConfirmationPage.VIEW, model, HOSTILE_COUNCIL, ATTACK);
        }
    }

    // The form already sent with different answers

    @Test
    void formAlreadySent() {
        assertSamePage(ComplaintFormController.ALREADY_SENT_VIEW, Map.of());
    }

    @Test
    void formAlreadySentWithAHostileCouncil() {
        assertSameHostilePage(ComplaintFormController.ALREADY_SENT_VIEW, Map.of(), HOSTILE_COUNCIL, ATTACK);
    }

    // The busy page, for pages other than the form

    @Test
    void busyPageWhenTheSystemIsBusy() {
        HttpResponse<?> response = new SubmissionFailures(TEAMS).busy(HttpRequest.GET("/complaints/new"));

        assertSamePage(SubmissionFailures.BUSY_VIEW, model(response, SubmissionFailures.BUSY_VIEW));
    }

    @Test
    void busyPageWhenSomethingFailed() {
        HttpResponse<?> response = new SubmissionFailures(TEAMS).failed(HttpRequest.GET("/complaints/new"));

        assertSamePage(SubmissionFailures.BUSY_VIEW, model(response, SubmissionFailures.BUSY_VIEW));
    }

    /** SubmissionFailures builds this map inline: the same two keys, hostile. */
    @Test
    void busyPageWithHostileTitleMessageAndCouncil() {
        assertSameHostilePage(
                SubmissionFailures.BUSY_VIEW,
                Map.of("title", ATTACK + "title", "message", ATTACK + "message"),
                HOSTILE_COUNCIL,
                ATTACK);
    }

    // Too many complaints

    @Test
    void tooMany() {
        SubmissionResult.TooMany tooMany = new SubmissionResult.TooMany(Instant.parse("2026-12-24T11:00:00Z"));
        Clock clock = Clock.fixed(Instant.parse("2026-12-24T10:00:00Z"), ZoneOffset.UTC);

        assertSamePage(TooManyPage.VIEW, model(TooManyPage.page(tooMany, clock), TooManyPage.VIEW));
    }

    @Test
    void tooManyWithHostileTimeAndCouncil() {
        assertSameHostilePage(TooManyPage.VIEW, Map.of("retryAt", ATTACK), HOSTILE_COUNCIL, ATTACK);
    }
}
