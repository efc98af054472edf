package uk.childrenscomplaints.reports.email;

import static uk.childrenscomplaints.reports.email.ReportWording.percent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.statistics.Report;
import uk.childrenscomplaints.complaint.statistics.RouteFigures;

/** The year-end report's sentences about how complaints came in, beside {@link ReportNarrative}'s. Counts only. */
final class RouteNarrative {
    private RouteNarrative() {}

    /**
     * The route most complaints came by, against last year, and email (which the annual report singles out as growing
     * and as a challenge of its own): "Most complaints came by telephone (45%, against 30% in the same period last
     * year). 12 came by email (20%), against 5 (8%)."
     */
    static List<String> routes(Report r) {
        long total = r.totalReceived().count();
        if (total == 0) {
            return List.of();
        }
        var top = r.byRoute().entrySet().stream()
                .max(Comparator.comparingLong((Map.Entry<Route, RouteFigures> e) ->
                        e.getValue().received().count()))
                .orElseThrow();
        List<String> s = new ArrayList<>();
        s.add("Most complaints came by " + top.getKey().label().toLowerCase(java.util.Locale.UK) + " ("
                + percent(top.getValue().received()) + yearEarlier(top.getValue()) + ").");
        RouteFigures email = r.byRoute().get(Route.EMAIL);
        if (top.getKey() != Route.EMAIL && email != null) {
            s.add(email.received().count() + " came by email (" + percent(email.received()) + "), against "
                    + email.yearEarlier().count() + " in the same period last year.");
        }
        return s;
    }

    private static String yearEarlier(RouteFigures f) {
        return f.yearEarlier().percent() == null
                ? "; none were received in the same period last year"
                : ", against " + percent(f.yearEarlier()) + " in the same period last year";
    }
}
