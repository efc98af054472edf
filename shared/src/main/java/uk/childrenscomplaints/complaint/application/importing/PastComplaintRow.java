package uk.childrenscomplaints.complaint.application.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.ReceivedDates;
import uk.childrenscomplaints.complaint.application.intake.PersonKeys;
import uk.childrenscomplaints.complaint.model.AgeBand;
import uk.childrenscomplaints.complaint.model.Coded;
import uk.childrenscomplaints.complaint.model.Gender;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.OmbudsmanDecision;
import uk.childrenscomplaints.complaint.model.Outcome;
import uk.childrenscomplaints.complaint.model.PastComplaint;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Reference;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.model.Teams;

/**
 * One row of an import file read into a {@link PastComplaint}, or every problem with it. Each message says how to put
 * the value right and never repeats the value, which may be about a person.
 */
final class PastComplaintRow {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WHOLE_POUNDS = Pattern.compile("\\d{1,9}");

    private final Map<String, String> values;
    private final int line;
    private final Teams teams;
    private final LocalDate today;
    private final LocalDate earliest;
    private final List<ImportProblem> problems = new ArrayList<>();

    private PastComplaintRow(Map<String, String> values, int line, Teams teams, LocalDate today, LocalDate earliest) {
        this.values = values;
        this.line = line;
        this.teams = teams;
        this.today = today;
        this.earliest = earliest;
    }

    /** The row as a past complaint, or its problems (then the complaint is empty). */
    record Read(Optional<PastComplaint> complaint, List<ImportProblem> problems) {}

    /** @param values each column's value, by column name */
    static Read read(Map<String, String> values, int line, Teams teams, LocalDate today) {
        return read(values, line, teams, today, ReceivedDates.DEFAULT_EARLIEST);
    }

    /** @param earliest the first day any date in the file may be (the configured earliest received date) */
    static Read read(Map<String, String> values, int line, Teams teams, LocalDate today, LocalDate earliest) {
        return new PastComplaintRow(values, line, teams, today, earliest).read();
    }

    private Read read() {
        Reference reference = reference();
        LocalDate receivedOn = date(ImportColumns.RECEIVED_ON, true);
        Route route = coded(ImportColumns.ROUTE, Route.class);
        Procedure procedure = coded(ImportColumns.PROCEDURE, Procedure.class);
        String personKey = personKey();
        Relationship relationship = coded(ImportColumns.RELATIONSHIP, Relationship.class);
        Boolean viaAdvocate = yesNo(ImportColumns.VIA_ADVOCATE);
        AgeBand ageBand = coded(ImportColumns.AGE_BAND, AgeBand.class);
        Gender gender = coded(ImportColumns.GENDER, Gender.class);
        TeamName team = team();
        List<IssueCategory> issues = issues();
        LocalDate stage1RespondedOn = date(ImportColumns.STAGE1_RESPONDED_ON, false);
        Boolean stage1Extended = yesNo(ImportColumns.STAGE1_EXTENDED);
        Outcome outcome = coded(ImportColumns.OUTCOME, Outcome.class);
        LocalDate stage2RequestedOn = date(ImportColumns.STAGE2_REQUESTED_ON, false);
        LocalDate stage2CompletedOn = date(ImportColumns.STAGE2_COMPLETED_ON, false);
        Long cost = pounds();
        LocalDate stage3RequestedOn = date(ImportColumns.STAGE3_REQUESTED_ON, false);
        LocalDate referredOn = date(ImportColumns.LGO_REFERRED_ON, false);
        OmbudsmanDecision decision = optionalCoded(ImportColumns.LGO_DECISION, OmbudsmanDecision.class);

        if (receivedOn != null) {
            notBefore(stage1RespondedOn, ImportColumns.STAGE1_RESPONDED_ON, receivedOn, ImportColumns.RECEIVED_ON);
            notBefore(stage2RequestedOn, ImportColumns.STAGE2_REQUESTED_ON, receivedOn, ImportColumns.RECEIVED_ON);
            notBefore(stage2CompletedOn, ImportColumns.STAGE2_COMPLETED_ON, receivedOn, ImportColumns.RECEIVED_ON);
            notBefore(stage3RequestedOn, ImportColumns.STAGE3_REQUESTED_ON, receivedOn, ImportColumns.RECEIVED_ON);
            notBefore(referredOn, ImportColumns.LGO_REFERRED_ON, receivedOn, ImportColumns.RECEIVED_ON);
        }
        notBefore(
                stage2CompletedOn,
                ImportColumns.STAGE2_COMPLETED_ON,
                stage2RequestedOn,
                ImportColumns.STAGE2_REQUESTED_ON);
        notBefore(
                stage3RequestedOn,
                ImportColumns.STAGE3_REQUESTED_ON,
                stage2RequestedOn,
                ImportColumns.STAGE2_REQUESTED_ON);
        notBefore(
                stage3RequestedOn,
                ImportColumns.STAGE3_REQUESTED_ON,
                stage2CompletedOn,
                ImportColumns.STAGE2_COMPLETED_ON);
        if (decision != null && referredOn == null && !blank(ImportColumns.LGO_REFERRED_ON)) {
            // The referral date is wrong and already reported; nothing more to say here.
        } else if (decision != null && referredOn == null) {
            problem(
                    ImportColumns.LGO_DECISION,
                    "An Ombudsman decision needs the date of the referral: enter " + ImportColumns.LGO_REFERRED_ON
                            + ", or leave " + ImportColumns.LGO_DECISION + " empty");
        }
        if (outcome == Outcome.ONGOING && decision != null && decision != OmbudsmanDecision.PREMATURE) {
            problem(
                    ImportColumns.OUTCOME,
                    "The Ombudsman has decided this complaint, so it is not ongoing: give the "
                            + "outcome the council recorded (or unknown)");
        }
        if (!problems.isEmpty()) {
            return new Read(Optional.empty(), problems);
        }
        return new Read(
                Optional.of(new PastComplaint(
                        reference,
                        receivedOn,
                        route,
                        procedure,
                        personKey,
                        relationship,
                        viaAdvocate,
                        ageBand,
                        gender,
                        team,
                        issues,
                        stage1RespondedOn,
                        stage1Extended,
                        outcome,
                        stage2RequestedOn,
                        stage2CompletedOn,
                        cost,
                        stage3RequestedOn,
                        referredOn,
                        decision)),
                List.of());
    }

    private Reference reference() {
        if (blank(ImportColumns.REFERENCE)) {
            problem(ImportColumns.REFERENCE, "Enter the complaint's reference from the old system");
            return null;
        }
        try {
            return Reference.legacy(value(ImportColumns.REFERENCE));
        } catch (IllegalArgumentException e) {
            problem(ImportColumns.REFERENCE, capitalised(e.getMessage()));
            return null;
        }
    }

    private String personKey() {
        if (blank(ImportColumns.COMPLAINANT_ID)) {
            problem(
                    ImportColumns.COMPLAINANT_ID,
                    "Enter the id that identifies the complainant in the old system "
                            + "(the same id on each of their complaints)");
            return null;
        }
        Optional<FieldError> hidden = FieldError.hiddenCharacter(
                ImportColumns.COMPLAINANT_ID, ImportColumns.COMPLAINANT_ID, value(ImportColumns.COMPLAINANT_ID));
        if (hidden.isPresent()) {
            problem(ImportColumns.COMPLAINANT_ID, hidden.get().message());
            return null;
        }
        return PersonKeys.ofImportedId(value(ImportColumns.COMPLAINANT_ID));
    }

    private LocalDate date(String column, boolean required) {
        if (blank(column)) {
            if (required) {
                problem(column, "Enter the date, as YYYY-MM-DD (for example 2009-11-23)");
            }
            return null;
        }
        String text = value(column).trim();
        if (!ISO_DATE.matcher(text).matches()) {
            problem(
                    column,
                    "Write the date as YYYY-MM-DD, for example 2009-11-23" + (required ? "" : ", or leave it empty"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.isBefore(earliest)) {
                problem(
                        column,
                        "The date is before " + earliest
                                + ", earlier than any records this service reports on: check the year");
                return null;
            }
            if (date.isAfter(today)) {
                problem(
                        column,
                        "The date is after today (" + today + "): only past complaints can be imported; "
                                + "check the year");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problem(column, "The date does not exist (check the day and month): write it as YYYY-MM-DD");
            return null;
        }
    }

    private <E extends Enum<E> & Coded> E coded(String column, Class<E> type) {
        if (blank(column)) {
            problem(column, "Enter one of: " + codes(type));
            return null;
        }
        return optionalCoded(column, type);
    }

    private <E extends Enum<E> & Coded> E optionalCoded(String column, Class<E> type) {
        if (blank(column)) {
            return null;
        }
        Optional<E> found = Coded.parse(type, value(column));
        if (found.isEmpty()) {
            problem(
                    column,
                    "Use one of: " + codes(type)
                            + (column.equals(ImportColumns.LGO_DECISION)
                                    ? ", or leave it empty while the Ombudsman has not decided"
                                    : ""));
        }
        return found.orElse(null);
    }

    private Boolean yesNo(String column) {
        String text = blank(column) ? "" : value(column).trim();
        if (text.equalsIgnoreCase("yes")) {
            return true;
        }
        if (text.equalsIgnoreCase("no")) {
            return false;
        }
        problem(column, "Write yes or no");
        return null;
    }

    private TeamName team() {
        if (blank(ImportColumns.TEAM)) {
            return null;
        }
        Optional<TeamName> team = teams.find(value(ImportColumns.TEAM));
        if (team.isEmpty()) {
            problem(
                    ImportColumns.TEAM,
                    "Use one of the council's teams: "
                            + teams.names().stream().map(TeamName::value).collect(Collectors.joining(", "))
                            + " (or leave it empty when the records do not say)");
        }
        return team.orElse(null);
    }

    private List<IssueCategory> issues() {
        if (blank(ImportColumns.ISSUES)) {
            return List.of();
        }
        List<IssueCategory> issues = new ArrayList<>();
        for (String part : value(ImportColumns.ISSUES).split(";", -1)) {
            if (part.isBlank()) {
                continue;
            }
            Optional<IssueCategory> issue = Coded.parse(IssueCategory.class, part);
            if (issue.isEmpty()) {
                problem(
                        ImportColumns.ISSUES,
                        "Use one or more of: " + codes(IssueCategory.class)
                                + ", separated by semicolons (for example communication;decision)");
                return List.of();
            }
            issues.add(issue.get());
        }
        return issues;
    }

    private Long pounds() {
        if (blank(ImportColumns.STAGE2_COST)) {
            return null;
        }
        String text = value(ImportColumns.STAGE2_COST).trim();
        if (!WHOLE_POUNDS.matcher(text).matches()) {
            problem(
                    ImportColumns.STAGE2_COST,
                    "Write the cost in whole pounds, digits only, for example 1800 "
                            + "(no £ sign, commas or pence), or leave it empty");
            return null;
        }
        return Long.parseLong(text);
    }

    private void notBefore(LocalDate later, String laterColumn, LocalDate earlier, String earlierColumn) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            problem(laterColumn, "The date is before " + earlierColumn + ": check both dates");
        }
    }

    private boolean blank(String column) {
        String v = values.get(column);
        return v == null || v.isBlank();
    }

    private String value(String column) {
        return values.get(column);
    }

    private void problem(String column, String message) {
        problems.add(new ImportProblem(line, column, message));
    }

    private static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
