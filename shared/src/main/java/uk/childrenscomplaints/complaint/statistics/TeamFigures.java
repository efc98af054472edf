package uk.childrenscomplaints.complaint.statistics;

import uk.childrenscomplaints.complaint.model.TeamName;

/**
 * One team's complaints: as a share of all complaints in the period, and as a share of that team's open cases at the
 * period's end ("16%, which equates to less than 2% of open cases").
 *
 * @param openCases the team's open caseload, or null when none was given
 */
public record TeamFigures(TeamName team, Figure complaints, Integer openCases, Figure shareOfOpenCases) {}
