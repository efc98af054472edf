package uk.childrenscomplaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import uk.childrenscomplaints.clock.infrastructure.BankHolidaySource;
import uk.childrenscomplaints.complaint.application.reporting.ProducingStatistics;
import uk.childrenscomplaints.complaint.model.AgeBand;
import uk.childrenscomplaints.complaint.model.Compliment;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.Gender;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.OpenCaseload;
import uk.childrenscomplaints.complaint.model.Outcome;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.SampleTeams;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.statistics.Period;
import uk.childrenscomplaints.complaint.statistics.Report;
import uk.childrenscomplaints.complaint.statistics.StatisticsComplaint;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;

/**
 * 100,000 complaints over five financial years (2021-22 to 2025-26), written with BatchWriteItem as the real item
 * mapping writes them; then one quarter's report. It reads that quarter and the same quarter a year earlier through
 * the quarter index, the quarter's caseload and compliments, and nothing else: the items its queries return are
 * counted and must equal exactly those. Times are recorded in docs/performance.md.
 */
@ExtendWith(LocalAwsExtension.class)
class StatisticsScaleIT {
    private static final int ALL = 100_000;
    private static final LocalDate FIRST = LocalDate.of(2021, 4, 1);
    private static final int DAYS = (int) (LocalDate.of(2026, 3, 31).toEpochDay() - FIRST.toEpochDay()) + 1;
    private static final FinancialQuarter Q3_2024 = new FinancialQuarter(2024, 3);
    private static final FinancialQuarter Q3_2023 = new FinancialQuarter(2023, 3);
    private static final List<String> TEAMS = List.of("SCC", "ECF", "Huntingdon", "EDT", "Kinship", "LAC", "16+");
    private static final Relationship[] RELATIONSHIPS = Relationship.values();
    private static final IssueCategory[] ISSUES = IssueCategory.values();
    private static final Outcome[] CLOSING = {
        Outcome.UPHELD, Outcome.PARTIALLY_UPHELD, Outcome.NOT_UPHELD, Outcome.WITHDRAWN
    };

    private final LocalAws aws;
    private final Map<FinancialQuarter, AtomicLong> seeded = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> itemsRead = new ConcurrentHashMap<>();

    StatisticsScaleIT(LocalAws aws) {
        this.aws = aws;
    }

    /** Complaint {@code n}, the same every run: a day in the five years, a team, and a Stage 1 answer for most. */
    private static Map<String, AttributeValue> item(int n) {
        SplittableRandom random = new SplittableRandom(n);
        LocalDate received = FIRST.plusDays(random.nextInt(DAYS));
        StatisticsComplaint c = StatisticsComplaint.received(received)
                .team(TEAMS.get(random.nextInt(TEAMS.size())))
                .from(RELATIONSHIPS[random.nextInt(RELATIONSHIPS.length)], "person-" + random.nextInt(ALL / 2))
                .child(
                        AgeBand.values()[random.nextInt(AgeBand.values().length)],
                        Gender.values()[random.nextInt(Gender.values().length)])
                .issues(ISSUES[random.nextInt(ISSUES.length)]);
        if (random.nextInt(10) > 0) {
            c.stage1RespondedOn(received.plusDays(random.nextInt(40))).outcome(CLOSING[random.nextInt(CLOSING.length)]);
        }
        if (random.nextInt(10) == 0) {
            c.stage2(received.plusDays(45), 1000L + random.nextInt(4000));
        }
        return ComplaintItem.newItem(c.build());
    }

    private void seed(String table) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> writes = new ArrayList<>();
        for (int block = 0; block < ALL; block += 1_000) {
            int from = block;
            writes.add(pool.submit(() -> {
                List<WriteRequest> batch = new ArrayList<>();
                for (int n = from; n < from + 1_000; n++) {
                    Map<String, AttributeValue> item = item(n);
                    seeded.computeIfAbsent(
                                    FinancialQuarter.of(LocalDate.parse(
                                            item.get("receivedOn").s())),
                                    q -> new AtomicLong())
                            .incrementAndGet();
                    batch.add(WriteRequest.builder()
                            .putRequest(PutRequest.builder().item(item).build())
                            .build());
                    if (batch.size() == 25) {
                        write(table, batch);
                        batch = new ArrayList<>();
                    }
                }
                write(table, batch);
                return null;
            }));
        }
        for (Future<?> w : writes) {
            w.get();
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }

    /** One BatchWriteItem, sending back whatever the table left unprocessed until nothing is. */
    private void write(String table, List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(table, batch);
        while (!pending.isEmpty() && !pending.get(table).isEmpty()) {
            Map<String, List<WriteRequest>> sending = pending;
            BatchWriteItemResponse response = aws.dynamoDb().batchWriteItem(r -> r.requestItems(sending));
            pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
        }
    }

    private DynamoDbClient countingClient() {
        return DynamoDbClient.builder()
                .endpointOverride(aws.dynamoEndpoint())
                .region(Region.EU_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .overrideConfiguration(o -> o.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
                        if (context.request() instanceof QueryRequest q
                                && context.response() instanceof QueryResponse r) {
                            String partition = q.expressionAttributeValues().values().stream()
                                    .map(AttributeValue::s)
                                    .filter(v -> v.contains("Q#"))
                                    .findFirst()
                                    .orElse("?");
                            itemsRead
                                    .computeIfAbsent(partition, p -> new AtomicLong())
                                    .addAndGet(r.count());
                        }
                    }
                }))
                .build();
    }

    @Test
    void aQuartersReportReadsOnlyThatQuarterAndTheSameQuarterAYearEarlierOutOfAHundredThousand() throws Exception {
        String table = aws.createFreshTable();
        long seedStarted = System.nanoTime();
        seed(table);
        long seedMillis = (System.nanoTime() - seedStarted) / 1_000_000;
        assertThat(seeded.values().stream().mapToLong(AtomicLong::get).sum()).isEqualTo(ALL);
        assertThat(seeded).hasSize(20);
        new DynamoDbCaseloads(aws.dynamoDb(), table).record(new OpenCaseload(Q3_2024, new TeamName("ECF"), 3_199));
        new DynamoDbCompliments(aws.dynamoDb(), table)
                .add(new Compliment("c1", new TeamName("ECF"), LocalDate.of(2024, 11, 1), "A parent", "Thank you"));

        DynamoDbClient counted = countingClient();
        ProducingStatistics statistics = new ProducingStatistics(
                new DynamoDbComplaints(counted, table),
                new DynamoDbCompliments(counted, table),
                new DynamoDbCaseloads(counted, table),
                BankHolidaySource.bundled().calendar(),
                SampleTeams.SEED,
                Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC));
        long reportStarted = System.nanoTime();
        Report report = statistics.report(Period.quarter(Q3_2024));
        long reportMillis = (System.nanoTime() - reportStarted) / 1_000_000;

        long quarter = seeded.get(Q3_2024).get();
        long yearEarlier = seeded.get(Q3_2023).get();
        assertThat(report.totalReceived().count()).isEqualTo(quarter);
        assertThat(report.changeOnYearEarlier().receivedYearEarlier()).isEqualTo(yearEarlier);
        assertThat(report.shareOfOpenCases().of()).isEqualTo(3_199);
        assertThat(report.complimentsTotal()).isEqualTo(1);
        Map<String, Long> read = new HashMap<>();
        itemsRead.forEach((partition, n) -> read.put(partition, n.get()));
        assertThat(read)
                .containsOnly(
                        Map.entry("Q#2024-25#3", quarter),
                        Map.entry("Q#2023-24#3", yearEarlier),
                        Map.entry("CASELOAD#Q#2024-25#3", 1L),
                        Map.entry("COMPLIMENTS#Q#2024-25#3", 1L));
        assertThat(reportMillis).as("one quarter's report").isLessThan(60_000);
        System.out.printf(
                "PERF statistics: seeded %d complaints over 20 quarters in %d ms; one quarter's report"
                        + " (%d complaints, %d a year earlier, %d items read) in %d ms%n",
                ALL,
                seedMillis,
                quarter,
                yearEarlier,
                read.values().stream().mapToLong(Long::longValue).sum(),
                reportMillis);
    }
}
