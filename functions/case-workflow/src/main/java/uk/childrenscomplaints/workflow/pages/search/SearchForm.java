package uk.childrenscomplaints.workflow.pages.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.casework.ComplaintSearch;
import uk.childrenscomplaints.complaint.application.casework.Permissions;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;
import uk.childrenscomplaints.complaint.model.AgeBand;
import uk.childrenscomplaints.complaint.model.Coded;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.model.Teams;
import uk.childrenscomplaints.workflow.pages.support.PeriodPicker;

/** The search form's fields as typed, what they ask for, and what is wrong with them, in the form's order. */
record SearchForm(Map<String, String> typed, ComplaintSearch search, List<FieldError> problems) {
    static final List<String> FIELDS = List.of(
            "reference",
            "name",
            "email",
            "phone",
            "ageBand",
            "team",
            "stage",
            "state",
            "from-day",
            "from-month",
            "from-year",
            "to-day",
            "to-month",
            "to-year",
            "page");

    private static final List<String> ORDER =
            List.of("reference", "name", "email", "phone", "ageBand", "team", "stage", "state", "from", "to", "page");

    static SearchForm read(Map<String, String> given) {
        Map<String, String> typed = new LinkedHashMap<>();
        FIELDS.forEach(f -> typed.put(f, given.getOrDefault(f, "")));
        List<FieldError> problems = new ArrayList<>();
        Map<String, String> dateFields = new LinkedHashMap<>();
        LocalDate from = PeriodPicker.date("from", "received from", typed, dateFields, problems);
        LocalDate to = PeriodPicker.date("to", "received to", typed, dateFields, problems);
        AgeBand ageBand =
                code(AgeBand.class, typed.get("ageBand"), "ageBand", "Choose an age band from the list", problems);
        ComplaintState state =
                code(ComplaintState.class, typed.get("state"), "state", "Choose a state from the list", problems);
        ComplaintState.Stage stage = null;
        if (!typed.get("stage").isBlank()) {
            stage = Arrays.stream(ComplaintState.Stage.values())
                    .filter(s -> s.name().equals(typed.get("stage")))
                    .findFirst()
                    .orElse(null);
            if (stage == null) {
                problems.add(new FieldError("stage", "Choose a stage from the list"));
            }
        }
        int page = 1;
        if (!typed.get("page").isBlank()) {
            try {
                page = Integer.parseInt(typed.get("page").trim());
            } catch (NumberFormatException e) {
                page = 0;
            }
        }
        String team = typed.get("team");
        ComplaintSearch search = new ComplaintSearch(
                typed.get("reference"),
                typed.get("name"),
                typed.get("email"),
                typed.get("phone"),
                ageBand,
                team.isBlank() ? null : new TeamName(team),
                state,
                stage,
                from,
                to,
                page);
        return new SearchForm(typed, search, problems);
    }

    private static <E extends Enum<E> & Coded> E code(
            Class<E> type, String value, String field, String message, List<FieldError> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<E> parsed = Coded.parse(type, value);
        if (parsed.isEmpty()) {
            problems.add(new FieldError(field, message));
        }
        return parsed.orElse(null);
    }

    /** The use case names fields as the API does; the page's dates are three boxes, the first of which takes focus. */
    static FieldError onPage(FieldError e) {
        return switch (e.field()) {
            case "receivedFrom" -> new FieldError("from-day", e.message());
            case "receivedTo" -> new FieldError("to-day", e.message());
            default -> e;
        };
    }

    static List<FieldError> inFormOrder(List<FieldError> problems) {
        return problems.stream()
                .sorted(Comparator.comparingInt(e -> ORDER.indexOf(e.field().replaceAll("-(day|month|year)$", ""))))
                .toList();
    }

    Map<String, Object> dateInput(String name, String legend, String error) {
        Map<String, Object> d = PeriodPicker.dateInput(name, legend, typed, error);
        d.put("hint", "For example, 27 3 2026");
        return d;
    }

    /** The terms again, for the page buttons' form: everything but the page itself. */
    List<Map<String, String>> hiddenFields() {
        return typed.entrySet().stream()
                .filter(e -> !e.getKey().equals("page") && !e.getValue().isBlank())
                .map(e -> Map.of("name", e.getKey(), "value", e.getValue()))
                .toList();
    }

    /** The lists to choose from; a manager is offered only their own teams. */
    static Map<String, Object> options(SearchForm form, Teams teams, StaffMember who) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> teamOptions = new ArrayList<>();
        teamOptions.add(option("", "Any team", form.typed().get("team")));
        for (TeamName t : Permissions.teamsVisibleTo(who, teams.names())) {
            teamOptions.add(option(t.value(), t.value(), form.typed().get("team")));
        }
        m.put("teamOptions", teamOptions);
        List<Map<String, Object>> ages = new ArrayList<>();
        ages.add(option("", "Any age", form.typed().get("ageBand")));
        for (AgeBand a : AgeBand.values()) {
            ages.add(option(a.code(), a.label(), form.typed().get("ageBand")));
        }
        m.put("ageOptions", ages);
        List<Map<String, Object>> stages = new ArrayList<>();
        stages.add(option("", "Any stage", form.typed().get("stage")));
        for (ComplaintState.Stage s : ComplaintState.Stage.values()) {
            stages.add(option(s.name(), stageLabel(s), form.typed().get("stage")));
        }
        m.put("stageOptions", stages);
        List<Map<String, Object>> states = new ArrayList<>();
        states.add(option("", "Any state", form.typed().get("state")));
        for (ComplaintState s : ComplaintState.values()) {
            states.add(option(s.code(), s.label(), form.typed().get("state")));
        }
        m.put("stateOptions", states);
        return m;
    }

    private static String stageLabel(ComplaintState.Stage s) {
        return switch (s) {
            case STAGE_1 -> "Stage 1";
            case STAGE_2 -> "Stage 2";
            case STAGE_3 -> "Stage 3";
            case OMBUDSMAN -> "With the Ombudsman";
            case NONE -> "Closed, withdrawn or routed elsewhere";
        };
    }

    private static Map<String, Object> option(String value, String label, String chosen) {
        return Map.of("value", value, "label", label, "selected", value.equals(chosen == null ? "" : chosen));
    }
}
