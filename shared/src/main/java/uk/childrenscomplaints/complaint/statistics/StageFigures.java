package uk.childrenscomplaints.complaint.statistics;

/**
 * How far statutory complaints went. Every share is of {@code statutoryComplaints}, the complaints in the period handled
 * under the statutory children's procedure.
 *
 * @param resolvedAtStage1 statutory complaints not progressed to Stage 2 (or Stage 3) by the report date
 * @param progressedToStage2 statutory complaints with a Stage 2 request made by the report date
 * @param progressedToStage3 statutory complaints with a review panel requested by the report date
 */
public record StageFigures(
        long statutoryComplaints, Figure resolvedAtStage1, Figure progressedToStage2, Figure progressedToStage3) {}
