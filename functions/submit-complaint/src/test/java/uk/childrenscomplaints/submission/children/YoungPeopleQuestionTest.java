package uk.childrenscomplaints.submission.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.intake.NewComplaint;
import uk.childrenscomplaints.complaint.application.intake.NewComplaintValidation;
import uk.childrenscomplaints.complaint.model.Teams;

/** The pages' order, and the intake's problems shown on the page that asks, in plain words. */
class YoungPeopleQuestionTest {
    private static final LocalDate MON_2026_11_30 = LocalDate.of(2026, 11, 30);
    private final NewComplaintValidation validation = new NewComplaintValidation(Teams.of("Huntingdon", "ECF"));

    private static YoungPeopleAnswers answers(String whatHappened, String name, String email, String phone) {
        return new YoungPeopleAnswers(whatHappened, "", "", name, email, phone, false, null);
    }

    @Test
    void thePagesGoWhatHappenedTeamWantedNameContactThenCheck() {
        assertThat(YoungPeopleQuestion.WHAT_HAPPENED.previous()).isEmpty();
        assertThat(YoungPeopleQuestion.WHAT_HAPPENED.next()).isEqualTo(YoungPeopleQuestion.TEAM);
        assertThat(YoungPeopleQuestion.TEAM.next()).isEqualTo(YoungPeopleQuestion.WANTED);
        assertThat(YoungPeopleQuestion.WANTED.next()).isEqualTo(YoungPeopleQuestion.NAME);
        assertThat(YoungPeopleQuestion.NAME.next()).isEqualTo(YoungPeopleQuestion.CONTACT);
        assertThat(YoungPeopleQuestion.CONTACT.next()).isEqualTo(YoungPeopleQuestion.CHECK);
        assertThat(YoungPeopleQuestion.CHECK.previous()).contains(YoungPeopleQuestion.CONTACT);
        assertThat(YoungPeopleQuestion.asking("phone")).isEqualTo(YoungPeopleQuestion.CONTACT);
        assertThat(YoungPeopleQuestion.parse("wanted")).contains(YoungPeopleQuestion.WANTED);
        assertThat(YoungPeopleQuestion.parse("../../etc")).isEmpty();
    }

    @Test
    void theComplaintIsFromTheChildUnderTheStatutoryProcedureFiledAsOther() {
        NewComplaint c = answers(" It went wrong. ", "Jay", "", "").complaint(true);
        assertThat(c.relationship()).isEqualTo("child");
        assertThat(c.issues()).containsExactly("other");
        assertThat(c.whatHappened()).isEqualTo("It went wrong.");
        assertThat(c.email()).isNull();
        assertThat(c.procedure()).isNull();
        assertThat(validation.check(c, MON_2026_11_30)).isEmpty();
    }

    @Test
    void eachPageShowsOnlyItsOwnProblemsInPlainWords() {
        YoungPeopleAnswers a = answers("", "", "jay at home", "call me");
        List<FieldError> intake = validation.check(a.complaint(false), MON_2026_11_30);

        assertThat(YoungPeopleQuestion.WHAT_HAPPENED.problems(intake, a))
                .containsExactly(new FieldError("whatHappened", "Tell us what happened."));
        assertThat(YoungPeopleQuestion.NAME.problems(intake, a))
                .containsExactly(new FieldError("complainantName", "Tell us your name."));
        assertThat(YoungPeopleQuestion.CONTACT.problems(intake, a))
                .containsExactly(
                        new FieldError("email", "Check your email. It should look like name@example.com."),
                        new FieldError("phone", "Check your phone number. Use numbers only, like 07700 900 982."));
        assertThat(YoungPeopleQuestion.TEAM.problems(intake, a)).isEmpty();
        assertThat(YoungPeopleQuestion.CHECK.problems(intake, a))
                .containsExactly(new FieldError("consent", "Tick the box to say we can use what you told us."));
    }

    @Test
    void aHiddenSymbolIsExplainedWithoutNamingIt() {
        YoungPeopleAnswers a = answers("ok\u202Etxt", "Jay", "", "");
        assertThat(YoungPeopleQuestion.WHAT_HAPPENED.problems(validation.check(a.complaint(true), MON_2026_11_30), a))
                .containsExactly(new FieldError("whatHappened", YoungPeopleWords.HIDDEN_SYMBOL));
    }

    @Test
    void theOtherPagesAnswersAreCarriedAndBlankOnesLeftOut() {
        YoungPeopleAnswers a = new YoungPeopleAnswers("It went wrong", "", "Sorry", "Jay", "", "", true, "t");
        assertThat(a.carriedExcept(YoungPeopleQuestion.NAME.fields()))
                .isEqualTo(Map.of("whatHappened", "It went wrong", "desiredOutcome", "Sorry", "viaAdvocate", "yes"));
    }
}
