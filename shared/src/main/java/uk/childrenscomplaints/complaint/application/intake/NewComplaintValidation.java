package uk.childrenscomplaints.complaint.application.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.model.Coded;
import uk.childrenscomplaints.complaint.model.EmailAddress;
import uk.childrenscomplaints.complaint.model.Gender;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.model.Teams;

/**
 * Checks a submitted complaint field by field, with GOV.UK-style messages. Every problem is reported at once, in the
 * order the form asks, so the error summary lists them all.
 */
public final class NewComplaintValidation {
    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 10_000;
    public static final String DONT_KNOW_TEAM = "dont_know";
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{7,20}$");

    private final Teams teams;

    public NewComplaintValidation(Teams teams) {
        this.teams = teams;
    }

    /** Problems with a complaint from the public form or the JSON API. */
    public List<FieldError> check(NewComplaint c, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(c.complainantName())) {
            errors.add(new FieldError("complainantName", "Enter your full name"));
        } else if (c.complainantName().length() > MAX_NAME) {
            errors.add(new FieldError("complainantName", "Your name must be " + MAX_NAME + " characters or fewer"));
        }
        if (blank(c.email()) && blank(c.phone()) && blank(c.address())) {
            errors.add(new FieldError(
                    "contact", "Enter an email address, phone number or postal address so we can reply"));
        }
        if (!blank(c.email()) && !EmailAddress.isValid(c.email())) {
            errors.add(FieldError.badEmail("email"));
        }
        if (!blank(c.phone()) && !PHONE.matcher(c.phone().trim()).matches()) {
            errors.add(new FieldError("phone", "Enter a phone number, like 01632 960 001 or 07700 900 982"));
        }
        if (!blank(c.address()) && c.address().length() > 1000) {
            errors.add(new FieldError("address", "Your address must be 1000 characters or fewer"));
        }
        if (Coded.parse(Relationship.class, c.relationship()).isEmpty()) {
            errors.add(new FieldError("relationship", "Select your relationship to the child"));
        }
        if (c.viaAdvocate() == null) {
            errors.add(new FieldError("viaAdvocate", "Select yes if an advocate is helping you"));
        }
        checkChild(c, errors);
        if (!blank(c.team())
                && !DONT_KNOW_TEAM.equals(c.team())
                && teams.find(c.team()).isEmpty()) {
            errors.add(new FieldError("team", "Select the team from the list, or select that you do not know"));
        }
        if (c.issues().isEmpty()
                || c.issues().stream()
                        .anyMatch(i -> Coded.parse(IssueCategory.class, i).isEmpty())) {
            errors.add(new FieldError("issues", "Select what your complaint is about"));
        }
        if (blank(c.whatHappened())) {
            errors.add(new FieldError("whatHappened", "Tell us what went wrong"));
        } else if (c.whatHappened().length() > MAX_TEXT) {
            errors.add(new FieldError("whatHappened", "What went wrong must be " + MAX_TEXT + " characters or fewer"));
        }
        if (!blank(c.desiredOutcome()) && c.desiredOutcome().length() > MAX_TEXT) {
            errors.add(new FieldError(
                    "desiredOutcome", "What would put it right must be " + MAX_TEXT + " characters or fewer"));
        }
        if (c.matterOccurredOn() != null && c.matterOccurredOn().isAfter(today)) {
            errors.add(new FieldError("matterOccurredOn", "The date it happened must be today or in the past"));
        }
        if (!blank(c.procedure()) && Coded.parse(Procedure.class, c.procedure()).isEmpty()) {
            errors.add(
                    new FieldError(
                            "procedure",
                            "Select what your complaint is about: children's social care, a school or another council service"));
        }
        if (!Boolean.TRUE.equals(c.consent())) {
            errors.add(
                    new FieldError(
                            "consent",
                            "Confirm you have read the privacy notice and agree to us using your details to handle your complaint"));
        }
        return errors;
    }

    /** Problems with a complaint logged by staff: everything above, plus the route and the date it arrived. */
    public List<FieldError> checkLoggedByStaff(NewComplaint c, LocalDate today) {
        List<FieldError> errors = new ArrayList<>(check(c, today));
        if (Coded.parse(Route.class, c.route()).isEmpty()) {
            errors.add(new FieldError(
                    "route", "Select how the complaint arrived: telephone, letter, in_person, online or email"));
        }
        if (c.receivedOn() == null) {
            errors.add(new FieldError("receivedOn", "Enter the date the complaint was received"));
        } else if (c.receivedOn().isAfter(today)) {
            errors.add(new FieldError("receivedOn", "The date received must be today or in the past"));
        }
        return errors;
    }

    private static void checkChild(NewComplaint c, List<FieldError> errors) {
        if (c.childName() != null && c.childName().length() > MAX_NAME) {
            errors.add(new FieldError("childName", "The child's name must be " + MAX_NAME + " characters or fewer"));
        }
        if (c.childAge() != null && (c.childAge() < 0 || c.childAge() > 25)) {
            errors.add(new FieldError("childAge", "Enter the child's age as a number from 0 to 25"));
        }
        if (!blank(c.childGender())
                && Coded.parse(Gender.class, c.childGender()).isEmpty()) {
            errors.add(new FieldError("childGender", "Select the child's gender, or leave it blank"));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
