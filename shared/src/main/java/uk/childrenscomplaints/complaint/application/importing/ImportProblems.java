package uk.childrenscomplaints.complaint.application.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every problem of a rejected file, told in an answer of bounded size (issue 13, finding 7: 40,000 rows with a wrong
 * date made a 9.3 MB answer, over Lambda's 6 MB response limit). The same problem in the same column on many rows is
 * one entry that counts the rows and names the first few lines; at most {@link #MAX_SHOWN} entries are given, and the
 * rest are counted.
 */
final class ImportProblems {
    static final int MAX_SHOWN = 100;
    static final int LINES_NAMED = 10;

    private ImportProblems() {}

    static ImportResult.Rejected summarise(List<ImportProblem> all) {
        Map<Key, List<ImportProblem>> groups = new LinkedHashMap<>();
        for (ImportProblem p : all) {
            groups.computeIfAbsent(new Key(p.column(), p.message()), k -> new ArrayList<>())
                    .add(p);
        }
        List<ImportProblem> shown = new ArrayList<>();
        int covered = 0;
        for (List<ImportProblem> group : groups.values()) {
            if (shown.size() == MAX_SHOWN) {
                break;
            }
            shown.add(group.size() == 1 ? group.get(0) : grouped(group));
            covered += group.size();
        }
        return new ImportResult.Rejected(shown, all.size(), all.size() - covered);
    }

    private static ImportProblem grouped(List<ImportProblem> group) {
        ImportProblem first = group.get(0);
        String lines = group.stream()
                .limit(LINES_NAMED)
                .map(p -> Integer.toString(p.line()))
                .collect(Collectors.joining(", "));
        String where = (first.column() == null ? "" : "Column '" + first.column() + "': ")
                + String.format("%,d", group.size()) + " rows have this problem, first at lines " + lines
                + (group.size() > LINES_NAMED ? ", ..." : "") + ". ";
        return new ImportProblem(first.line(), first.column(), where + first.message());
    }

    private record Key(String column, String message) {
        Key {
            Objects.requireNonNull(message);
        }
    }
}
