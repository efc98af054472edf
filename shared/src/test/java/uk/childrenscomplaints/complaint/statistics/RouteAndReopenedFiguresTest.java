package uk.childrenscomplaints.complaint.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.statistics.StatisticsComplaint.CALENDAR_2009_2010;
import static uk.childrenscomplaints.complaint.statistics.StatisticsComplaint.received;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.Route;

/**
 * How complaints came in (the annual report: "telephone, letter, in person, online via our customer portal and
 * (increasingly) by email"), this year beside last year as section 7 does, and reopened complaints counted once.
 */
class RouteAndReopenedFiguresTest {
    private static final Period FY_2009_10 = Period.financialYear(2009);
    private static final LocalDate FRI_2010_04_30 = LocalDate.of(2010, 4, 30);

    private static Complaint by(Route route, LocalDate on) {
        return received(on).by(route).build();
    }

    /** Ten in 2009/10: telephone 4, letter 2, in person 1, online 1, email 2 (one of them withdrawn and reopened). */
    private static List<Complaint> tenIn2009To10() {
        List<Complaint> c = new ArrayList<>();
        for (int month = 4; month <= 7; month++) {
            c.add(by(Route.TELEPHONE, LocalDate.of(2009, month, 6)));
        }
        c.add(by(Route.LETTER, LocalDate.of(2009, 8, 3)));
        c.add(by(Route.LETTER, LocalDate.of(2009, 9, 7)));
        c.add(by(Route.IN_PERSON, LocalDate.of(2009, 10, 5)));
        c.add(by(Route.ONLINE, LocalDate.of(2009, 11, 2)));
        c.add(by(Route.EMAIL, LocalDate.of(2010, 1, 11)));
        c.add(received(LocalDate.of(2010, 2, 1))
                .by(Route.EMAIL)
                .reopened(LocalDate.of(2010, 2, 8), LocalDate.of(2010, 2, 15))
                .build());
        return c;
    }

    /** Five in 2008/09: telephone 1, letter 3, email 1. */
    private static List<Complaint> fiveIn2008To09() {
        return List.of(
                by(Route.TELEPHONE, LocalDate.of(2008, 5, 6)),
                by(Route.LETTER, LocalDate.of(2008, 6, 2)),
                by(Route.LETTER, LocalDate.of(2008, 7, 1)),
                by(Route.LETTER, LocalDate.of(2008, 9, 1)),
                by(Route.EMAIL, LocalDate.of(2009, 2, 2)));
    }

    private Report report() {
        List<Complaint> received = new ArrayList<>(tenIn2009To10());
        received.add(received.get(received.size() - 1)); // the reopened one listed twice: still one complaint
        return new ComplaintStatistics()
                .compute(
                        FY_2009_10,
                        received,
                        fiveIn2008To09(),
                        Map.of(),
                        List.of(),
                        CALENDAR_2009_2010,
                        FRI_2010_04_30);
    }

    @Test
    void eachRouteIsAShareOfTheYearWithTheSameShareOfTheYearBeforeBesideIt() {
        Report r = report();
        assertThat(r.byRoute()).containsOnlyKeys(Route.values());
        assertThat(r.byRoute().keySet()).containsExactly(Route.values());
        assertThat(r.byRoute().get(Route.TELEPHONE))
                .isEqualTo(new RouteFigures(new Figure(4, 10L, 40), new Figure(1, 5L, 20)));
        assertThat(r.byRoute().get(Route.LETTER))
                .isEqualTo(new RouteFigures(new Figure(2, 10L, 20), new Figure(3, 5L, 60)));
        assertThat(r.byRoute().get(Route.IN_PERSON))
                .isEqualTo(new RouteFigures(new Figure(1, 10L, 10), new Figure(0, 5L, 0)));
        assertThat(r.byRoute().get(Route.ONLINE))
                .isEqualTo(new RouteFigures(new Figure(1, 10L, 10), new Figure(0, 5L, 0)));
        assertThat(r.byRoute().get(Route.EMAIL))
                .isEqualTo(new RouteFigures(new Figure(2, 10L, 20), new Figure(1, 5L, 20)));
    }

    @Test
    void aComplaintWithdrawnOn8FebruaryAndReopenedOn15February2010CountsOnceAndAsReopened() {
        Report r = report();
        assertThat(r.totalReceived().count()).isEqualTo(10);
        assertThat(r.reopened()).isEqualTo(new Figure(1, 10L, 10));
    }

    @Test
    void withNothingTheYearBeforeEveryRouteShowsNoShareRatherThanNought() {
        Report r = new ComplaintStatistics()
                .compute(
                        FY_2009_10,
                        tenIn2009To10(),
                        List.of(),
                        Map.of(),
                        List.of(),
                        CALENDAR_2009_2010,
                        FRI_2010_04_30);
        assertThat(r.byRoute().get(Route.TELEPHONE).yearEarlier()).isEqualTo(new Figure(0, 0L, null));
        assertThat(r.reopened().count()).isEqualTo(1);
    }

    @Test
    void theCsvHasARowPerRouteForEachYearAndTheReopenedFigure() {
        String csv = ReportCsv.write(report());
        assertThat(csv)
                .contains("byRoute,telephone,4,10,40\r\n")
                .contains("byRoute,in_person,1,10,10\r\n")
                .contains("byRoute,email,2,10,20\r\n")
                .contains("byRouteYearEarlier,letter,3,5,60\r\n")
                .contains("byRouteYearEarlier,online,0,5,0\r\n")
                .contains("reopened,all,1,10,10\r\n");
    }
}
