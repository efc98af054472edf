package uk.childrenscomplaints.submission;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.intake.NewComplaint;
import uk.childrenscomplaints.web.FormAnswers;

/**
 * Turns the public form's answers into a {@link NewComplaint}. Only what the form itself can get wrong is reported
 * here (an age that is not a number, a date that does not exist); the rules about the complaint belong to the use case.
 */
public final class ComplaintForm {
    public static final String YES = "yes";
    public static final String NO = "no";
    public static final String DATE = "matterOccurredOn";

    private ComplaintForm() {}

    /** The complaint as far as it could be read, and what could not be read (those fields are left null). */
    public record Read(NewComplaint complaint, List<FieldError> unreadable, String formToken) {}

    public static Read read(FormAnswers a) {
        List<FieldError> unreadable = new ArrayList<>();
        boolean moreThanOne = YES.equals(a.text("moreThanOneChild"));
        Integer age = moreThanOne ? null : age(a.text("childAge"), unreadable);
        LocalDate occurred = date(a.text(DATE + "-day"), a.text(DATE + "-month"), a.text(DATE + "-year"), unreadable);
        NewComplaint complaint = new NewComplaint(
                a.text("complainantName"),
                a.text("email"),
                a.text("phone"),
                a.text("address"),
                a.text("relationship"),
                yesNo(a.text("viaAdvocate")),
                moreThanOne ? null : a.text("childName"),
                age,
                moreThanOne ? null : a.text("childGender"),
                moreThanOne,
                a.text("team"),
                a.all("issues"),
                a.text("whatHappened"),
                a.text("desiredOutcome"),
                occurred,
                a.text("procedure"),
                YES.equals(a.text("consent")),
                null,
                null);
        return new Read(complaint, List.copyOf(unreadable), a.text("formToken"));
    }

    static Boolean yesNo(String answer) {
        if (YES.equals(answer)) {
            return Boolean.TRUE;
        }
        return NO.equals(answer) ? Boolean.FALSE : null;
    }

    private static Integer age(String text, List<FieldError> unreadable) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            unreadable.add(new FieldError("childAge", "Enter the child's age as a number, like 7"));
            return null;
        }
    }

    /** GOV.UK date input: all three parts or none; a missing part or an impossible date is named. */
    static LocalDate date(String day, String month, String year, List<FieldError> unreadable) {
        if (day == null && month == null && year == null) {
            return null;
        }
        List<String> missing = new ArrayList<>();
        if (day == null) {
            missing.add("day");
        }
        if (month == null) {
            missing.add("month");
        }
        if (year == null) {
            missing.add("year");
        }
        if (!missing.isEmpty()) {
            unreadable.add(
                    new FieldError(DATE, "The date it happened must include a " + String.join(" and a ", missing)));
            return null;
        }
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2999) {
                unreadable.add(new FieldError(DATE, "Enter the year as 4 numbers, like 2026"));
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            unreadable.add(new FieldError(DATE, "The date it happened must be a real date, like 27 3 2026"));
            return null;
        }
    }
}
