package uk.childrenscomplaints.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.intake.NewComplaintValidation;
import uk.childrenscomplaints.complaint.model.Gender;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.model.Teams;
import uk.childrenscomplaints.web.FormAnswers;

/**
 * What the complaint form template shows: the choices, the answers given so far (raw, so the template escapes them),
 * and the errors with the id each one links to. Plain values only; nothing here is pre-escaped.
 */
public final class FormPage {
    public static final String VIEW = "complaint-form";

    /** Text answers echoed back into inputs and textareas. */
    static final List<String> TEXT_FIELDS = List.of(
            "complainantName",
            "email",
            "phone",
            "address",
            "childName",
            "childAge",
            "whatHappened",
            "desiredOutcome",
            "matterOccurredOn-day",
            "matterOccurredOn-month",
            "matterOccurredOn-year");
    /** Radios and checkboxes, remembered as {@code name=value}. */
    static final List<String> CHOICE_FIELDS = List.of(
            "relationship", "viaAdvocate", "childGender", "moreThanOneChild", "team", "issues", "procedure", "consent");

    /** The order the form asks, so the error summary reads top to bottom. */
    static final List<String> FIELD_ORDER = List.of(
            "complainantName",
            "contact",
            "email",
            "phone",
            "address",
            "relationship",
            "viaAdvocate",
            "childName",
            "childAge",
            "childGender",
            "procedure",
            "team",
            "issues",
            "whatHappened",
            "desiredOutcome",
            "matterOccurredOn",
            "consent");

    private FormPage() {}

    /** One radio or checkbox: its value, label and element id (GOV.UK: first is the name, then name-2, name-3...). */
    public static final class Option {
        private final String value;
        private final String label;
        private final String id;

        Option(String value, String label, String id) {
            this.value = value;
            this.label = label;
            this.id = id;
        }

        public String getValue() {
            return value;
        }

        public String getLabel() {
            return label;
        }

        public String getId() {
            return id;
        }
    }

    /** An entry in the error summary: where it links and what it says. */
    public static final class ErrorLink {
        private final String href;
        private final String message;

        ErrorLink(String href, String message) {
            this.href = href;
            this.message = message;
        }

        public String getHref() {
            return href;
        }

        public String getMessage() {
            return message;
        }
    }

    public static Map<String, Object> blank(Teams teams, String formToken) {
        Map<String, String> values = new HashMap<>();
        TEXT_FIELDS.forEach(f -> values.put(f, ""));
        return model(teams, values, Set.of("procedure=" + Procedure.STATUTORY_CHILDRENS.code()), List.of(), formToken);
    }

    public static Map<String, Object> withAnswers(
            Teams teams, FormAnswers answers, List<FieldError> errors, String formToken) {
        Map<String, String> values = new HashMap<>();
        TEXT_FIELDS.forEach(f -> values.put(f, answers.raw(f)));
        Set<String> checked = new HashSet<>();
        CHOICE_FIELDS.forEach(f -> answers.all(f).forEach(v -> checked.add(f + "=" + v)));
        return model(teams, values, checked, errors, formToken);
    }

    private static Map<String, Object> model(
            Teams teams, Map<String, String> values, Set<String> checked, List<FieldError> errors, String formToken) {
        Map<String, Object> m = new HashMap<>();
        m.put("v", values);
        m.put("checked", checked);
        m.put("formToken", formToken);
        List<FieldError> ordered = ordered(errors);
        Map<String, String> byField = new LinkedHashMap<>();
        List<ErrorLink> links = new ArrayList<>();
        for (FieldError e : ordered) {
            if (byField.putIfAbsent(e.field(), e.message()) == null) {
                links.add(new ErrorLink("#" + anchor(e.field()), e.message()));
            }
        }
        m.put("errors", links);
        m.put("err", byField);
        m.put(
                "relationships",
                options(
                        "relationship",
                        java.util.Arrays.stream(Relationship.values())
                                .map(r -> new String[] {r.code(), r.label()})
                                .toList()));
        m.put(
                "genders",
                options(
                        "childGender",
                        List.of(
                                new String[] {Gender.FEMALE.code(), "Female"},
                                new String[] {Gender.MALE.code(), "Male"},
                                new String[] {Gender.OTHER.code(), "In another way"},
                                new String[] {Gender.UNKNOWN.code(), "I do not know, or prefer not to say"})));
        List<String[]> teamChoices = new ArrayList<>();
        // The public name is both value and label: the page never carries the council's internal codes, and
        // Teams.find takes either.
        for (TeamName t : teams.names()) {
            teamChoices.add(new String[] {teams.publicName(t), teams.publicName(t)});
        }
        teamChoices.add(new String[] {NewComplaintValidation.DONT_KNOW_TEAM, "I don't know"});
        m.put("teams", options("team", teamChoices));
        m.put(
                "issues",
                options(
                        "issues",
                        java.util.Arrays.stream(IssueCategory.values())
                                .map(i -> new String[] {i.code(), i.label()})
                                .toList()));
        m.put(
                "procedures",
                options(
                        "procedure",
                        List.of(
                                new String[] {Procedure.STATUTORY_CHILDRENS.code(), "Children's social care"},
                                new String[] {Procedure.SCHOOLS.code(), "A school"},
                                new String[] {Procedure.CORPORATE.code(), "Another council service"})));
        return m;
    }

    /** The element an error links to: the first input of its group. */
    static String anchor(String field) {
        return switch (field) {
            case "contact" -> "email";
            case ComplaintForm.DATE -> ComplaintForm.DATE + "-day";
            default -> field;
        };
    }

    static List<FieldError> ordered(List<FieldError> errors) {
        return errors.stream()
                .sorted(java.util.Comparator.comparingInt(e -> {
                    int i = FIELD_ORDER.indexOf(e.field());
                    return i < 0 ? FIELD_ORDER.size() : i;
                }))
                .toList();
    }

    private static List<Option> options(String name, List<String[]> choices) {
        List<Option> out = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            out.add(new Option(choices.get(i)[0], choices.get(i)[1], i == 0 ? name : name + "-" + (i + 1)));
        }
        return out;
    }
}
