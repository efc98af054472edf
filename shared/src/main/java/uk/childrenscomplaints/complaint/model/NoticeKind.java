package uk.childrenscomplaints.complaint.model;

/** The reminders, chasers and alerts the deadline sweep sends, and who each is for. */
public enum NoticeKind {
    /** To the respondent, a few working days before the Stage 1 due date. */
    STAGE1_REMINDER,
    /** To the respondent, two working days before the due date, when there is neither a response nor an extension. */
    EXTENSION_WARNING,
    /** To the respondent, on the due date. */
    STAGE1_DUE,
    /** To the respondent, copied to the team manager and the second respondent, every few working days after it. */
    STAGE1_OVERDUE,
    /** To the complaints team: no respondent named a working day after receipt. */
    NO_RESPONDENT,
    /** The Stage 1 response is late: flag, tell the team, write to the complainant about their right to Stage 2. */
    STAGE2_ENTITLEMENT,
    /** To the complaints team: the complainant's window to ask for Stage 2 has closed; the complaint can close. */
    STAGE2_WINDOW_CLOSED,
    /** To the investigating officer's contact (the complaints team): Stage 2 findings due (25 working days). */
    STAGE2_DUE,
    /** To the complaints team: the 65 working-day limit for Stage 2 is near or passed. */
    STAGE2_LIMIT,
    /** To the complaints team: the panel must be held by its date (30 working days from the request). */
    STAGE3_PANEL_DUE,
    /** To the complaints team: tell the complainant of the panel at least 10 days ahead. */
    PANEL_NOTICE,
    /** To the complaints team: send the papers at least 5 days ahead. */
    PANEL_PAPERS,
    /** To the complaints team: the panel's report is due 5 working days after it met. */
    PANEL_REPORT,
    /** To the complaints team: the council's response is due 15 working days after the panel's report. */
    COUNCIL_RESPONSE,
    /** To the complaints team, once: the clock has been stopped for longer than the policy's limit (PAUSE_CHASE). */
    PAUSE_CHASE,
    /** To the complaints team, once: no Stage 2 complaint statement agreed STATEMENT_CHASE after the request. */
    STATEMENT_CHASE
}
