package uk.childrenscomplaints.clock.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every limit the procedure sets. A policy must give each of these exactly once, so code can ask
 * for any of them without a fallback that might quietly be wrong.
 */
public enum TimescaleId {
    STAGE1_RESPONSE,
    STAGE1_EXTENSION,
    STAGE2_REQUEST_WINDOW,
    STAGE2_INVESTIGATION,
    STAGE2_INVESTIGATION_LIMIT,
    STAGE3_REQUEST_WINDOW,
    STAGE3_PANEL,
    PANEL_NOTICE,
    PANEL_PAPERS,
    PANEL_REPORT,
    COUNCIL_RESPONSE,
    CHIEF_OFFICER_DECISION,
    LATE_COMPLAINT,
    REOPEN_WINDOW,
    /** How long the clock may stay stopped before the complaints team is asked about it (a local policy). */
    PAUSE_CHASE,
    /** How long after a Stage 2 request the complaints team is asked why no statement is agreed (a local policy). */
    STATEMENT_CHASE;

    /** Exact match on the name as written in the timescales file; empty for anything else. */
    public static Optional<TimescaleId> parse(String id) {
        return Arrays.stream(values())
                .filter(v -> v.name().equals(id == null ? "" : id.trim()))
                .findFirst();
    }
}
