package uk.childrenscomplaints.complaint.statistics;

/**
 * Complaints that came by one route (telephone, letter, in person, online form, email), in the period and in the same
 * period a year earlier, each as a share of that period's complaints: section 7 sets this year beside last year, and
 * the annual report names the number of routes as a challenge in itself.
 */
public record RouteFigures(Figure received, Figure yearEarlier) {}
