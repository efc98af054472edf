package uk.childrenscomplaints.complaint.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.statistics.StatisticsComplaint.received;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.model.Outcome;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.TeamName;

class ReportCsvTest {
    private static final Period Q1 = Period.custom(LocalDate.of(2009, 4, 1), LocalDate.of(2009, 6, 30));

    private final Report report = new ComplaintStatistics()
            .compute(
                    Q1,
                    List.of(
                            received(LocalDate.of(2009, 4, 2))
                                    .team("Huntingdon")
                                    .from(Relationship.GRANDPARENT, "p1")
                                    .outcome(Outcome.UPHELD)
                                    .build(),
                            received(LocalDate.of(2009, 4, 3))
                                    .team("Huntingdon")
                                    .from(Relationship.PARENT_CARER, "p1")
                                    .build(),
                            received(LocalDate.of(2009, 4, 6))
                                    .team("=HYPERLINK(\"x\")")
                                    .build()),
                    List.of(received(LocalDate.of(2008, 5, 1)).build()),
                    Map.of(new TeamName("Huntingdon"), 200),
                    List.of(),
                    StatisticsComplaint.CALENDAR_2009_2010,
                    LocalDate.of(2009, 7, 1));

    @Test
    void eachFigureIsARowWithItsCountWholeAndPercent() {
        List<String> rows = List.of(ReportCsv.write(report).split("\r\n"));

        assertThat(rows.get(0)).isEqualTo("section,item,value,out_of,percent");
        assertThat(rows)
                .contains(
                        "period,from,2009-04-01,,",
                        "period,asOf,2009-07-01,,",
                        "totalReceived,all,3,,",
                        "changeOnYearEarlier,receivedYearEarlier,1,,",
                        "changeOnYearEarlier,change,2,1,200",
                        "shareOfOpenCases,all,3,200,2",
                        "byRelationship,grandparent,1,3,33",
                        "byRelationship,parent_carer,2,3,67",
                        "byOutcome,upheld,1,3,33",
                        "byTeam,Huntingdon,2,3,67",
                        "byTeamShareOfOpenCases,Huntingdon,2,200,1",
                        "repeatComplainants,people,1,,",
                        "repeatComplainants,complaints,2,3,67");
    }

    @Test
    void aTeamNameIsQuotedAndCannotRunAsASpreadsheetFormula() {
        assertThat(ReportCsv.write(report)).contains("byTeam,\"'=HYPERLINK(\"\"x\"\")\",1,3,33");
    }

    @Test
    void cellsAreQuotedOnlyWhereRfc4180NeedsItAsTheFilesAlwaysWere() {
        Report teams = new ComplaintStatistics()
                .compute(
                        Q1,
                        List.of(
                                received(LocalDate.of(2009, 4, 2))
                                        .team("#North")
                                        .build(),
                                received(LocalDate.of(2009, 4, 3)).team("!East").build(),
                                received(LocalDate.of(2009, 4, 6))
                                        .team("Leaving care, 16+")
                                        .build()),
                        List.of(),
                        Map.of(),
                        List.of(),
                        StatisticsComplaint.CALENDAR_2009_2010,
                        LocalDate.of(2009, 7, 1));

        assertThat(ReportCsv.write(teams))
                .contains(
                        "\r\nbyTeam,#North,1,3,33\r\n",
                        "\r\nbyTeam,!East,1,3,33\r\n",
                        "\r\nbyTeam,\"Leaving care, 16+\",1,3,33\r\n");
    }
}
