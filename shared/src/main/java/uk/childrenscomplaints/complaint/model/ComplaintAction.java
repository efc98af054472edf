package uk.childrenscomplaints.complaint.model;

/** Everything that can happen to a complaint after it is received; each is checked by {@link ComplaintLifecycle}. */
public enum ComplaintAction {
    ASSIGN_RESPONDENTS,
    MARK_RESPONDENT_ABSENT,
    EXTEND_STAGE1,
    RECORD_STAGE1_RESPONSE,
    FLAG_STAGE2_ENTITLEMENT,
    RECORD_ISSUE_OUTCOMES,
    REQUEST_STAGE2,
    RECORD_STAGE2_DETAILS,
    RECORD_STAGE2_RESPONSE,
    REQUEST_STAGE3,
    RECORD_PANEL,
    RECORD_CHIEF_OFFICER_DECISION,
    REFER_TO_OMBUDSMAN,
    RECORD_OMBUDSMAN_DECISION,
    CLOSE,
    WITHDRAW,
    CLOSE_NOT_INVESTIGATED,
    ROUTE_TO_OTHER_PROCEDURE,
    REOPEN,
    /** Stop the clock (a reason from the policy's list); see {@link StoppingTheClock}. */
    PAUSE_CLOCK,
    RESUME_CLOCK,
    /** The date the review panel is booked to meet. */
    BOOK_PANEL,
    /** The day the panel's report reached the council. */
    RECORD_PANEL_REPORT,
    /** The complainant agreed the written Stage 2 complaint statement: the investigation's clock starts. */
    AGREE_STAGE2_STATEMENT,
    /** The Stage 2 investigation extended, at most to 65 working days from its start. */
    EXTEND_STAGE2
}
