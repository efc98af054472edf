package uk.childrenscomplaints.complaint.statistics;

/**
 * Complaints received against the same period a year earlier, as the report puts it ("140 against 52, an increase of
 * 169%").
 *
 * @param change {@code received - receivedYearEarlier}
 * @param percentChange the change as a whole percent of the earlier count, half-up; null when the earlier count is 0,
 *     since there is no honest percentage rise from nothing
 */
public record YearOnYear(long received, long receivedYearEarlier, long change, Integer percentChange) {
    public static YearOnYear of(long received, long receivedYearEarlier) {
        long change = received - receivedYearEarlier;
        return new YearOnYear(
                received,
                receivedYearEarlier,
                change,
                receivedYearEarlier == 0 ? null : Figure.wholePercent(change, receivedYearEarlier));
    }
}
