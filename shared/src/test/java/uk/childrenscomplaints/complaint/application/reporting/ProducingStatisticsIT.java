package uk.childrenscomplaints.complaint.application.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import uk.childrenscomplaints.complaint.application.ports.Caseloads;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.Compliments;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbCaseloads;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbCompliments;
import uk.childrenscomplaints.complaint.model.Compliment;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.OpenCaseload;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.model.Teams;
import uk.childrenscomplaints.complaint.statistics.Period;
import uk.childrenscomplaints.complaint.statistics.Report;
import uk.childrenscomplaints.complaint.statistics.StatisticsComplaint;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;

/** The report's reads against the real table: only the period's quarters, the year before, and the caseload. */
@ExtendWith(LocalAwsExtension.class)
class ProducingStatisticsIT {
    private static final FinancialQuarter Q1_2009 = new FinancialQuarter(2009, 1);
    private static final TeamName HUNTINGDON = new TeamName("Huntingdon");
    private static final TeamName ECF = new TeamName("East Cambs and Fenland");

    private final List<QueryRequest> queries = new CopyOnWriteArrayList<>();
    private final ProducingStatistics statistics;
    private final Caseloads caseloads;

    ProducingStatisticsIT(LocalAws aws) {
        String table = aws.createFreshTable();
        DynamoDbClient counted = DynamoDbClient.builder()
                .endpointOverride(aws.dynamoEndpoint())
                .region(Region.EU_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .overrideConfiguration(o -> o.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                        if (context.request() instanceof QueryRequest q) {
                            queries.add(q);
                        }
                    }
                }))
                .build();
        Complaints complaints = new DynamoDbComplaints(aws.dynamoDb(), table);
        Compliments compliments = new DynamoDbCompliments(aws.dynamoDb(), table);
        caseloads = new DynamoDbCaseloads(aws.dynamoDb(), table);
        // Q1 2009-10: three complaints; the same quarter a year earlier: one; other quarters: one each.
        for (var c : List.of(
                StatisticsComplaint.received(LocalDate.of(2009, 4, 1)).team("Huntingdon"),
                StatisticsComplaint.received(LocalDate.of(2009, 5, 20)).team("Huntingdon"),
                StatisticsComplaint.received(LocalDate.of(2009, 6, 30)).team("East Cambs and Fenland"),
                StatisticsComplaint.received(LocalDate.of(2008, 6, 1)).team("Huntingdon"),
                StatisticsComplaint.received(LocalDate.of(2009, 7, 1)).team("Huntingdon"),
                StatisticsComplaint.received(LocalDate.of(2009, 3, 31)).team("Huntingdon"))) {
            complaints.add(c.build());
        }
        compliments.add(new Compliment("c1", HUNTINGDON, LocalDate.of(2009, 5, 1), "A parent", "Thank you"));
        compliments.add(new Compliment("c2", ECF, LocalDate.of(2009, 8, 1), "A parent", "Thank you"));
        caseloads.record(new OpenCaseload(Q1_2009, HUNTINGDON, 40));
        caseloads.record(new OpenCaseload(Q1_2009, ECF, 60));
        caseloads.record(new OpenCaseload(Q1_2009.next(), HUNTINGDON, 999));
        Clock clock = Clock.fixed(Instant.parse("2009-07-01T09:00:00Z"), ZoneOffset.UTC);
        statistics = new ProducingStatistics(
                new DynamoDbComplaints(counted, table),
                new DynamoDbCompliments(counted, table),
                new DynamoDbCaseloads(counted, table),
                StatisticsComplaint.CALENDAR_2009_2010,
                Teams.of("Huntingdon", "East Cambs and Fenland"),
                clock);
    }

    @Test
    void aQuarterCountsOnlyItsOwnComplaintsAgainstTheSameQuarterAYearEarlier() {
        Report r = statistics.report(Period.quarter(Q1_2009));

        assertThat(r.totalReceived().count()).isEqualTo(3);
        assertThat(r.changeOnYearEarlier().receivedYearEarlier()).isEqualTo(1);
        assertThat(r.changeOnYearEarlier().percentChange()).isEqualTo(200);
        assertThat(r.shareOfOpenCases().of()).isEqualTo(100);
        assertThat(r.shareOfOpenCases().percent()).isEqualTo(3);
        assertThat(r.complimentsTotal()).isEqualTo(1);
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2009, 7, 1));
    }

    @Test
    void aQuarterIsReadThroughTheQuarterIndexAndNeverBeyondIt() {
        statistics.report(Period.quarter(Q1_2009));

        assertThat(queries).isNotEmpty();
        assertThat(queries)
                .allSatisfy(q -> assertThat(
                                q.indexName() == null
                                        ? q.expressionAttributeValues()
                                                .get(":pk")
                                                .s()
                                        : q.indexName())
                        .isIn("quarter-index", "CASELOAD#Q#2009-10#1"));
        assertThat(queries.stream()
                        .filter(q -> "quarter-index".equals(q.indexName()))
                        .map(q -> q.expressionAttributeValues().get(":q").s()))
                .containsExactlyInAnyOrder("Q#2009-10#1", "Q#2008-09#1", "COMPLIMENTS#Q#2009-10#1");
    }

    @Test
    void aTeamReportCountsThatTeamAlone() {
        Report r = statistics.reportForTeam(Period.quarter(Q1_2009), new TeamName("huntingdon"));

        assertThat(r.totalReceived().count()).isEqualTo(2);
        assertThat(r.changeOnYearEarlier().receivedYearEarlier()).isEqualTo(1);
        assertThat(r.shareOfOpenCases().of()).isEqualTo(40);
        assertThat(r.byTeam()).extracting(t -> t.team().value()).containsExactly("Huntingdon");
        assertThat(r.complimentsTotal()).isEqualTo(1);
    }

    @Test
    void aCorrectedCaseloadReplacesTheFirstFigure() {
        caseloads.record(new OpenCaseload(Q1_2009, HUNTINGDON, 50));

        assertThat(caseloads.atEndOf(Q1_2009))
                .extracting(OpenCaseload::openCases)
                .containsExactly(60, 50);
    }

    @Test
    void aPeriodOfMoreThanTenYearsIsRefused() {
        assertThatThrownBy(() -> statistics.report(Period.custom(LocalDate.of(1999, 4, 1), LocalDate.of(2009, 4, 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ten years");
    }
}
