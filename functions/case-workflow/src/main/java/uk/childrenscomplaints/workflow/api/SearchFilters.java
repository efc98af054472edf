package uk.childrenscomplaints.workflow.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.casework.SearchCriteria;
import uk.childrenscomplaints.complaint.model.Coded;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.web.JsonFields;

/** The list's query parameters; none carries personal data (team, state, stage, overdue, dates received). */
final class SearchFilters {
    private SearchFilters() {}

    record Read(SearchCriteria criteria, List<FieldError> problems) {}

    static Read read(String team, String state, String stage, String overdue, String receivedFrom, String receivedTo) {
        List<FieldError> problems = new ArrayList<>();
        ComplaintState parsedState = null;
        if (present(state)) {
            parsedState = Coded.parse(ComplaintState.class, state).orElse(null);
            if (parsedState == null) {
                problems.add(
                        new FieldError("state", "state must be one of: " + JsonFields.codes(ComplaintState.class)));
            }
        }
        ComplaintState.Stage parsedStage = null;
        if (present(stage)) {
            String wanted = stage.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            parsedStage = Arrays.stream(ComplaintState.Stage.values())
                    .filter(s -> s.name().equals(wanted))
                    .findFirst()
                    .orElse(null);
            if (parsedStage == null) {
                problems.add(new FieldError(
                        "stage",
                        "stage must be one of: "
                                + String.join(
                                        ", ",
                                        Arrays.stream(ComplaintState.Stage.values())
                                                .map(s -> s.name().toLowerCase(Locale.ROOT))
                                                .toList())));
            }
        }
        Boolean parsedOverdue = null;
        if (present(overdue)) {
            if (overdue.equalsIgnoreCase("true") || overdue.equalsIgnoreCase("false")) {
                parsedOverdue = Boolean.parseBoolean(overdue);
            } else {
                problems.add(new FieldError("overdue", "overdue must be true or false"));
            }
        }
        LocalDate from = date("receivedFrom", receivedFrom, problems);
        LocalDate to = date("receivedTo", receivedTo, problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldError("receivedTo", "receivedTo must be on or after receivedFrom"));
        }
        TeamName teamName = present(team) ? new TeamName(team) : null;
        return new Read(
                new SearchCriteria(teamName, parsedState, parsedStage, parsedOverdue, from, to), List.copyOf(problems));
    }

    static LocalDate date(String name, String value, List<FieldError> problems) {
        if (!present(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldError(name, name + " must be a real date written as YYYY-MM-DD, like 2026-03-27"));
            return null;
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
