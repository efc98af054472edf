package uk.childrenscomplaints.complaint.statistics;

/**
 * People who complained more than once in the period ("28 complaints from 12 people"). People are matched by their
 * person key only; a complaint with no key is never matched with another.
 *
 * @param people people with more than one complaint in the period
 * @param complaints the complaints those people made, as a share of all complaints in the period
 */
public record RepeatComplainants(long people, Figure complaints) {}
