package uk.childrenscomplaints.complaint.application.importing;

import java.util.List;

/** What became of an import file. */
public sealed interface ImportResult {

    /**
     * Every row was valid. {@code imported} were added; {@code alreadyPresent} were there from an earlier import (by
     * reference) and left as they are; {@code failed} could not be written just now and are safe to retry by importing
     * the same file again.
     */
    record Imported(int imported, int alreadyPresent, int failed) implements ImportResult {}

    /**
     * At least one row was wrong: nothing was stored. {@code problems} tells them in a bounded answer (the same
     * problem on many rows is one entry; at most 100 entries); {@code total} counts every problem found, and
     * {@code notShown} those no entry covers.
     */
    record Rejected(List<ImportProblem> problems, int total, int notShown) implements ImportResult {
        public Rejected {
            problems = List.copyOf(problems);
        }

        /** Every problem, each shown. */
        public Rejected(List<ImportProblem> problems) {
            this(problems, problems.size(), 0);
        }
    }

    /** The member of staff may not import. */
    record Forbidden() implements ImportResult {}
}
