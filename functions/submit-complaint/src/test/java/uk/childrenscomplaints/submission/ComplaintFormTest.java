package uk.childrenscomplaints.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.web.FormAnswers;

class ComplaintFormTest {

    private static ComplaintForm.Read read(String body) {
        return ComplaintForm.read(FormAnswers.parse(body));
    }

    @Test
    void theThreeDatePartsMakeTheDateItHappened() {
        var read = read("matterOccurredOn-day=3&matterOccurredOn-month=11&matterOccurredOn-year=2026");

        assertThat(read.complaint().matterOccurredOn()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(read.unreadable()).isEmpty();
    }

    @Test
    void noDatePartsMeansNoDateAndNoError() {
        var read = read("matterOccurredOn-day=&matterOccurredOn-month=+&matterOccurredOn-year=");

        assertThat(read.complaint().matterOccurredOn()).isNull();
        assertThat(read.unreadable()).isEmpty();
    }

    @Test
    void aMissingDatePartIsNamed() {
        var read = read("matterOccurredOn-day=3&matterOccurredOn-year=2026");

        assertThat(read.unreadable())
                .containsExactly(new FieldError("matterOccurredOn", "The date it happened must include a month"));
    }

    @Test
    void theThirtyFirstOfFebruaryIsNotARealDate() {
        var read = read("matterOccurredOn-day=31&matterOccurredOn-month=2&matterOccurredOn-year=2026");

        assertThat(read.complaint().matterOccurredOn()).isNull();
        assertThat(read.unreadable()).extracting(FieldError::field).containsExactly("matterOccurredOn");
    }

    @Test
    void everyTickedIssueIsKeptInOrder() {
        var read = read("issues=communication&issues=staff_conduct&issues=");

        assertThat(read.complaint().issues()).containsExactly("communication", "staff_conduct");
    }

    @Test
    void moreThanOneChildDropsTheSingleChildsDetails() {
        var read = read("moreThanOneChild=yes&childName=Sam&childAge=7&childGender=male");

        assertThat(read.complaint().moreThanOneChild()).isTrue();
        assertThat(read.complaint().childName()).isNull();
        assertThat(read.complaint().childAge()).isNull();
        assertThat(read.complaint().childGender()).isNull();
    }

    @Test
    void oneChildsDetailsAreRead() {
        var read = read("childName=Sam+Smith&childAge=+7+&childGender=male");

        assertThat(read.complaint().moreThanOneChild()).isFalse();
        assertThat(read.complaint().childName()).isEqualTo("Sam Smith");
        assertThat(read.complaint().childAge()).isEqualTo(7);
        assertThat(read.complaint().childGender()).isEqualTo("male");
    }

    @Test
    void anAgeInWordsIsUnreadableNotZero() {
        var read = read("childAge=seven");

        assertThat(read.complaint().childAge()).isNull();
        assertThat(read.unreadable()).extracting(FieldError::field).containsExactly("childAge");
    }

    @Test
    void yesNoAndConsentBecomeBooleansAndBlankAnswersNull() {
        var read = read("viaAdvocate=no&consent=yes&complainantName=++&email=a%40b.example");

        assertThat(read.complaint().viaAdvocate()).isFalse();
        assertThat(read.complaint().consent()).isTrue();
        assertThat(read.complaint().complainantName()).isNull();
        assertThat(read.complaint().email()).isEqualTo("a@b.example");
        assertThat(read(" ").complaint().viaAdvocate()).isNull();
        assertThat(read("").complaint().consent()).isFalse();
    }

    @Test
    void plusAndPercentEscapesAreDecodedAsUtf8() {
        var read = read("whatHappened=It+wasn%27t+right+%E2%80%94+%3Cscript%3E&formToken=abc");

        assertThat(read.complaint().whatHappened()).isEqualTo("It wasn't right \u2014 <script>");
        assertThat(read.formToken()).isEqualTo("abc");
    }

    @Test
    void whatTheFormCouldNotReadWinsOverTheRuleCheckOnTheSameField() {
        var merged = ComplaintFormController.merge(
                java.util.List.of(new FieldError("matterOccurredOn", "must be a real date")),
                java.util.List.of(
                        new FieldError("complainantName", "Enter your full name"),
                        new FieldError("matterOccurredOn", "other")));

        assertThat(merged)
                .extracting(FieldError::message)
                .containsExactly("must be a real date", "Enter your full name");
    }
}
