package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;

/** A referral to the Local Government and Social Care Ombudsman, and its decision once made. */
public record OmbudsmanRecord(
        LocalDate referredOn, ComplaintState referredFrom, OmbudsmanDecision decision, LocalDate decidedOn) {}
