package uk.childrenscomplaints.complaint.application.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.childrenscomplaints.complaint.model.FreeText;

/** The import file's columns: exactly these, named in its header row, in any order. */
final class ImportColumns {
    static final String REFERENCE = "reference";
    static final String RECEIVED_ON = "received_on";
    static final String ROUTE = "route";
    static final String PROCEDURE = "procedure";
    static final String COMPLAINANT_ID = "complainant_id";
    static final String RELATIONSHIP = "complainant_relationship";
    static final String VIA_ADVOCATE = "via_advocate";
    static final String AGE_BAND = "child_age_band";
    static final String GENDER = "child_gender";
    static final String TEAM = "team";
    static final String ISSUES = "issues";
    static final String STAGE1_RESPONDED_ON = "stage1_responded_on";
    static final String STAGE1_EXTENDED = "stage1_extended";
    static final String OUTCOME = "outcome";
    static final String STAGE2_REQUESTED_ON = "stage2_requested_on";
    static final String STAGE2_COMPLETED_ON = "stage2_completed_on";
    static final String STAGE2_COST = "stage2_cost_gbp";
    static final String STAGE3_REQUESTED_ON = "stage3_requested_on";
    static final String LGO_REFERRED_ON = "lgo_referred_on";
    static final String LGO_DECISION = "lgo_decision";

    static final List<String> ALL = List.of(
            REFERENCE,
            RECEIVED_ON,
            ROUTE,
            PROCEDURE,
            COMPLAINANT_ID,
            RELATIONSHIP,
            VIA_ADVOCATE,
            AGE_BAND,
            GENDER,
            TEAM,
            ISSUES,
            STAGE1_RESPONDED_ON,
            STAGE1_EXTENDED,
            OUTCOME,
            STAGE2_REQUESTED_ON,
            STAGE2_COMPLETED_ON,
            STAGE2_COST,
            STAGE3_REQUESTED_ON,
            LGO_REFERRED_ON,
            LGO_DECISION);

    static final int UNKNOWN_NAMED = 20;
    private static final int NAME_SHOWN = 40;

    private final List<String> order;

    private ImportColumns(List<String> order) {
        this.order = order;
    }

    /** The header read, or the problems with it (on line 1). */
    record Header(ImportColumns columns, List<ImportProblem> problems) {}

    /** Names match ignoring case and surrounding spaces; each column must appear exactly once. */
    static Header read(List<String> header) {
        List<String> names =
                header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<ImportProblem> problems = new ArrayList<>();
        if (names.stream().noneMatch(ALL::contains)) {
            problems.add(new ImportProblem(
                    1, null, "Line 1 must be the header row, naming the columns: " + String.join(",", ALL)));
            return new Header(null, problems);
        }
        Set<String> seen = new HashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            if (!ALL.contains(name)) {
                unknown.add(name);
            } else if (!seen.add(name)) {
                twice.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(unknownColumns(unknown));
        }
        for (String name : twice) {
            problems.add(new ImportProblem(1, name, "The column appears more than once: keep one"));
        }
        for (String column : ALL) {
            if (!seen.contains(column)) {
                problems.add(new ImportProblem(
                        1,
                        column,
                        "The header has no such column: add it (it may be left "
                                + "empty on rows where it does not apply, if the column allows)"));
            }
        }
        return new Header(problems.isEmpty() ? new ImportColumns(names) : null, problems);
    }

    /**
     * One problem for every column not the import's, naming at most the first {@link #UNKNOWN_NAMED} (each cut short):
     * a header of 100,000 unknown columns made a 42.9 MB answer (issue 13, finding 7).
     */
    private static ImportProblem unknownColumns(List<String> unknown) {
        String named =
                unknown.stream().limit(UNKNOWN_NAMED).map(ImportColumns::shown).collect(Collectors.joining(", "));
        String which = unknown.size() == 1
                ? "The column " + named + " is not one of the import's columns"
                : String.format("%,d columns are not the import's", unknown.size())
                        + (unknown.size() > UNKNOWN_NAMED ? " (the first " + UNKNOWN_NAMED + ": " : " (")
                        + named + ")";
        return new ImportProblem(
                1,
                null,
                which + ": correct each name or remove the column (the columns are " + String.join(", ", ALL) + ")");
    }

    /** A name as the answer gives it back: short, and never with a character that would hide or break it. */
    private static String shown(String name) {
        if (!FreeText.isClean(name)) {
            return "(a name with a hidden character)";
        }
        int end = name.offsetByCodePoints(0, Math.min(NAME_SHOWN, name.codePointCount(0, name.length())));
        return "'" + name.substring(0, end) + (end < name.length() ? "..." : "") + "'";
    }

    int count() {
        return order.size();
    }

    /** A row's values by column name; the row has as many fields as the header. */
    Map<String, String> values(List<String> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            values.put(order.get(i), fields.get(i));
        }
        return values;
    }
}
