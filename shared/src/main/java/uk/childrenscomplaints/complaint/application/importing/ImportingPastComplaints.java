package uk.childrenscomplaints.complaint.application.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.complaint.application.EarliestReceivedDate;
import uk.childrenscomplaints.complaint.application.ReceivedDates;
import uk.childrenscomplaints.complaint.application.casework.Permissions;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.model.Change;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.PastComplaint;
import uk.childrenscomplaints.complaint.model.Teams;

/**
 * The complaints team brings in the council's past complaints from a CSV file (columns in {@link ImportColumns}), so
 * the report can compare years. Every row is checked first; a file with any bad row stores nothing and comes back with
 * every problem, each with its line and column. A good file is stored row by row, each in a write conditional on the
 * complaint not being there yet, under an id that comes from the old reference: importing the same file twice adds
 * nothing the second time. Imported complaints are history: no clock, no outbox, no email, no event.
 */
public final class ImportingPastComplaints {
    public static final String ACTOR_SUFFIX = " (import of past complaints)";
    private static final ZoneId LONDON = CouncilTime.ZONE;

    private final Complaints complaints;
    private final Teams teams;
    private final EarliestReceivedDate earliest;
    private final Clock clock;

    /** Dates from {@link ReceivedDates#DEFAULT_EARLIEST}, and the earliest imported date recorded nowhere. */
    public ImportingPastComplaints(Complaints complaints, Teams teams, Clock clock) {
        this(complaints, teams, EarliestReceivedDate.configuredOnly(ReceivedDates.DEFAULT_EARLIEST), clock);
    }

    /**
     * @param earliest its configured day is the floor for every date in a file; a stored file's earliest received date
     *     is recorded there, so that staff logging refuses dates before the financial year it falls in
     */
    public ImportingPastComplaints(Complaints complaints, Teams teams, EarliestReceivedDate earliest, Clock clock) {
        this.complaints = complaints;
        this.teams = teams;
        this.earliest = earliest;
        this.clock = clock;
    }

    public ImportResult importFile(StaffMember who, byte[] csv) {
        if (!Permissions.mayImport(who)) {
            return new ImportResult.Forbidden();
        }
        Checked checked = check(csv, LocalDate.now(clock.withZone(LONDON)));
        if (!checked.problems().isEmpty()) {
            return ImportProblems.summarise(checked.problems());
        }
        Change change = new Change(who.username() + ACTOR_SUFFIX, clock.instant());
        List<Complaint> history =
                checked.rows().stream().map(p -> p.toComplaint(change)).toList();
        Complaints.AddCounts counts = complaints.addAll(history);
        // Recorded after the rows, and again by the same file's retry, so a run cut short between the two still
        // leaves a date no later than any stored row's once the file is sent again.
        if (counts.added() + counts.alreadyExisting() > 0) {
            checked.rows().stream()
                    .map(PastComplaint::receivedOn)
                    .min(LocalDate::compareTo)
                    .ifPresent(earliest::imported);
        }
        return new ImportResult.Imported(counts.added(), counts.alreadyExisting(), counts.failed());
    }

    /** The file's rows as past complaints, or every problem in it. */
    record Checked(List<PastComplaint> rows, List<ImportProblem> problems) {}

    Checked check(byte[] csv, LocalDate today) {
        CsvFile file = CsvFile.read(csv);
        Map<Integer, List<CsvFile.Problem>> faultsByLine =
                file.problems().stream().collect(Collectors.groupingBy(CsvFile.Problem::line));
        List<ImportProblem> problems = new ArrayList<>();
        if (file.records().isEmpty()) {
            problems.add(new ImportProblem(
                    1, null, "The file is empty: it needs the header row, then one row per " + "complaint"));
            file.problems().forEach(p -> problems.add(new ImportProblem(p.line(), null, p.message())));
            return new Checked(List.of(), problems);
        }
        CsvFile.Record headerRecord = file.records().get(0);
        if (file.hasProblemOn(headerRecord.line())) {
            file.problems().stream()
                    .filter(p -> p.line() == headerRecord.line())
                    .forEach(p -> problems.add(new ImportProblem(p.line(), null, p.message())));
            return new Checked(List.of(), problems);
        }
        ImportColumns.Header header = ImportColumns.read(headerRecord.fields());
        if (header.columns() == null) {
            return new Checked(List.of(), header.problems());
        }
        List<CsvFile.Record> rows = file.records().subList(1, file.records().size());
        if (rows.isEmpty()) {
            return new Checked(
                    List.of(),
                    List.of(new ImportProblem(
                            2,
                            null,
                            "The file has a header but no " + "complaints: add one row per complaint under it")));
        }
        List<PastComplaint> read = new ArrayList<>();
        Map<String, Integer> firstLineOfReference = new HashMap<>();
        for (CsvFile.Record row : rows) {
            List<CsvFile.Problem> faults = faultsByLine.get(row.line());
            if (faults != null) {
                faults.forEach(p -> problems.add(new ImportProblem(p.line(), null, p.message())));
                continue;
            }
            if (row.fields().size() != header.columns().count()) {
                problems.add(
                        new ImportProblem(
                                row.line(),
                                null,
                                "The row has " + row.fields().size()
                                        + " fields but the header has "
                                        + header.columns().count() + ": put any field holding a comma "
                                        + "in double quotes, and give every column a value or leave it empty between its commas"));
                continue;
            }
            PastComplaintRow.Read one = PastComplaintRow.read(
                    header.columns().values(row.fields()), row.line(), teams, today, earliest.configured());
            problems.addAll(one.problems());
            one.complaint().ifPresent(read::add);
            // Compared as the stored id is made (Reference.matchKey): SEC/11 and "sec/11 " are one complaint.
            String reference = header.columns()
                    .values(row.fields())
                    .get(ImportColumns.REFERENCE)
                    .strip()
                    .toUpperCase(Locale.ROOT);
            Integer first = reference.isEmpty() ? null : firstLineOfReference.putIfAbsent(reference, row.line());
            if (first != null) {
                problems.add(new ImportProblem(
                        row.line(),
                        ImportColumns.REFERENCE,
                        "The same reference is on line " + first + " (references are compared ignoring capitals and "
                                + "surrounding spaces): each complaint must appear once in the file"));
            }
        }
        return new Checked(read, problems);
    }

    /** The column names, in the order the sample file and the README give them. */
    public static List<String> columns() {
        return ImportColumns.ALL;
    }
}
