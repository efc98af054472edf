package uk.childrenscomplaints.complaint.application.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.ReceivedDates;
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
    /** Nobody alive to complain about it happened before this. */
    public static final LocalDate EARLIEST_MATTER = LocalDate.of(1900, 1, 1);
    /**
     * The free-text fields and how the form labels them: the labels are what a refusal names, so the person finds the
     * field.
     */
    private static final Map<String, String> FREE_TEXT = freeText();

    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{7,20}$");

    private final Teams teams;
    private final LocalDate earliestReceived;

    /** Received dates from {@link ReceivedDates#DEFAULT_EARLIEST}. */
    public NewComplaintValidation(Teams teams) {
        this(teams, ReceivedDates.DEFAULT_EARLIEST);
    }

    /** @param earliestReceived the first day a complaint logged by staff may have been received */
    public NewComplaintValidation(Teams teams, LocalDate earliestReceived) {
        this.teams = teams;
        this.earliestReceived = earliestReceived;
    }

    private static Map<String, String> freeText() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("complainantName", "Full name");
        labels.put("phone", "Phone number");
        labels.put("address", "Postal address");
        labels.put("childName", "Child's name");
        labels.put("whatHappened", "Tell us what happened");
        labels.put("desiredOutcome", "What would put it right?");
        return Map.copyOf(labels);
    }

    private static Map<String, String> texts(NewComplaint c) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("complainantName", c.complainantName());
        values.put("phone", c.phone());
        values.put("address", c.address());
        values.put("childName", c.childName());
        values.put("whatHappened", c.whatHappened());
        values.put("desiredOutcome", c.desiredOutcome());
        return values;
    }

    /**
     * The {@link FreeText} rule over every text field, in the form's order; a field it refuses is not checked further,
     * so the person sees one problem per field.
     */
    private static List<FieldError> hidden(NewComplaint c) {
        List<FieldError> errors = new ArrayList<>();
        texts(c).forEach((field, value) ->
                FieldError.hiddenCharacter(field, FREE_TEXT.get(field), value).ifPresent(errors::add));
        return errors;
    }

    /** Problems with a complaint from the public form or the JSON API. */
    public List<FieldError> check(NewComplaint c, LocalDate today) {
        List<FieldError> hidden = hidden(c);
        List<FieldError> errors = new ArrayList<>(hidden);
        if (blank(c.complainantName())) {
            errors.add(new FieldError("complainantName", "Enter your full name"));
        } else if (c.complainantName().length() > MAX_NAME) {
            errors.add(new FieldError("complainantName", "Your name must be " + MAX_NAME + " characters or fewer"));
        }
        // A child or young person may have no email, phone or address of their own to give (decision 033): the
        // council reaches them through their advocate or social worker, so only adults must give one.
        if (!Relationship.CHILD.code().equals(c.relationship())
                && blank(c.email())
                && blank(c.phone())
                && blank(c.address())) {
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
        } else if (c.matterOccurredOn() != null && c.matterOccurredOn().isBefore(EARLIEST_MATTER)) {
            errors.add(new FieldError(
                    "matterOccurredOn", "The date it happened must be in 1900 or later: check the year"));
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
                            "Confirm you have read the privacy notice, which says how we use your details to handle your complaint"));
        }
        // A field with a hidden character gets that one problem: a length or format message about it would mislead.
        List<String> refused = hidden.stream().map(FieldError::field).toList();
        errors.removeIf(e -> !hidden.contains(e) && refused.contains(e.field()));
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
        } else if (c.receivedOn().isBefore(earliestReceived)) {
            errors.add(new FieldError("receivedOn", ReceivedDates.tooEarly(earliestReceived)));
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
