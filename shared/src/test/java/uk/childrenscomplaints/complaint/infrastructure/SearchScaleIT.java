package uk.childrenscomplaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import uk.childrenscomplaints.complaint.application.casework.ComplaintSearch;
import uk.childrenscomplaints.complaint.application.casework.FindingComplaints;
import uk.childrenscomplaints.complaint.application.casework.Role;
import uk.childrenscomplaints.complaint.application.casework.SearchResult;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;
import uk.childrenscomplaints.complaint.model.AgeBand;
import uk.childrenscomplaints.complaint.model.ChildDetails;
import uk.childrenscomplaints.complaint.model.Complainant;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.Gender;
import uk.childrenscomplaints.complaint.model.Intake;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Reference;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;

/**
 * Staff search over many complaints (decision 030): {@code -Dsearch.scale=100000} for the figures in
 * docs/performance.md, 5,000 by default so every build runs it. Complaints over five financial years with invented
 * names (1,000 family names), emails and phones, written with BatchWriteItem as the real item mapping writes them;
 * then each kind of search, timed. An SDK interceptor counts what each search reads: no Scan ever, and a search by
 * email, phone, name or reference reads only the index keys and items of the complaints that match.
 */
@ExtendWith(LocalAwsExtension.class)
class SearchScaleIT {
    private static final int ALL = Integer.getInteger("search.scale", 5_000);
    private static final LocalDate FIRST = LocalDate.of(2021, 4, 1);
    private static final int DAYS = (int) (LocalDate.of(2026, 3, 31).toEpochDay() - FIRST.toEpochDay()) + 1;
    private static final List<String> TEAMS = List.of("SCC", "ECF", "Huntingdon", "EDT", "Kinship", "LAC", "16+");
    private static final String[] FORENAMES = {"Alex", "Sam", "Jo", "Robin", "Chris", "Pat", "Jamie", "Morgan"};
    private static final String[] SYLLABLES = {
        "ash", "ber", "cal", "dun", "el", "far", "gold", "har", "ing", "jen", "kel", "lor", "mar", "nor", "ow", "pen",
        "ross", "stan", "thorn", "well", "wood", "by", "ton", "ley", "son", "ford", "ham", "field", "brook", "more",
        "dale", "worth"
    };
    private static final StaffMember OFFICER =
            new StaffMember("officer@council.test", java.util.Set.of(Role.COMPLAINTS_TEAM), java.util.Set.of());
    private static final StaffMember HUNTINGDON_MANAGER = new StaffMember(
            "manager@council.test",
            java.util.Set.of(Role.RESPONDING_MANAGER),
            java.util.Set.of(new TeamName("Huntingdon")));

    private final LocalAws aws;
    private final AtomicLong itemsRead = new AtomicLong();
    private final AtomicLong scans = new AtomicLong();

    SearchScaleIT(LocalAws aws) {
        this.aws = aws;
    }

    /** 1,000 family names, as two syllables each ("Ashton", "Thornfield"). */
    static String familyName(int k) {
        String a = SYLLABLES[k % SYLLABLES.length];
        String b = SYLLABLES[(k / SYLLABLES.length) % SYLLABLES.length];
        return Character.toUpperCase(a.charAt(0)) + a.substring(1) + b;
    }

    /** Complaint {@code n}, the same every run; complainant {@code n % (ALL / 2)}, so many complained twice. */
    static Complaint complaint(int n) {
        SplittableRandom random = new SplittableRandom(n);
        LocalDate received = FIRST.plusDays(random.nextInt(DAYS));
        int person = random.nextInt(Math.max(1, ALL / 2));
        // Everyone of one family name (person % 1,000) has a forename of their own (person / 1,000), where the list
        // allows.
        String name = FORENAMES[(person / 1_000) % FORENAMES.length] + " " + familyName(person % 1_000);
        Intake intake = new Intake(
                received,
                Route.ONLINE,
                Procedure.STATUTORY_CHILDRENS,
                new Complainant(
                        name,
                        "person" + person + "@example.test",
                        String.format("07700 %06d", person),
                        null,
                        Relationship.GRANDPARENT,
                        null),
                false,
                new ChildDetails(null, AgeBand.values()[random.nextInt(5)], Gender.FEMALE),
                new TeamName(TEAMS.get(random.nextInt(TEAMS.size()))),
                List.of(IssueCategory.COMMUNICATION),
                "Invented for the search figures.",
                null,
                null,
                false,
                false);
        return Complaint.receive(
                ComplaintId.random(),
                new Reference(2021 + n % 5, 1 + n),
                intake,
                received.plusDays(14),
                ComplaintFixtures.STAFF);
    }

    private void seed(String table) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> writes = new ArrayList<>();
        for (int block = 0; block < ALL; block += 1_000) {
            int from = block;
            int to = Math.min(ALL, block + 1_000);
            writes.add(pool.submit(() -> {
                List<WriteRequest> batch = new ArrayList<>();
                for (int n = from; n < to; n++) {
                    batch.add(WriteRequest.builder()
                            .putRequest(PutRequest.builder()
                                    .item(ComplaintItem.newItem(complaint(n)))
                                    .build())
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
                        if (context.request() instanceof ScanRequest) {
                            scans.incrementAndGet();
                        }
                        if (context.response() instanceof QueryResponse r) {
                            itemsRead.addAndGet(r.count());
                        }
                        if (context.response() instanceof BatchGetItemResponse r) {
                            r.responses().values().forEach(items -> itemsRead.addAndGet(items.size()));
                        }
                    }
                }))
                .build();
    }

    /** One search's answer, how long it took and how many items (index keys and complaints) it read. */
    private record Timed(SearchResult.Found found, long millis, long read) {}

    private Timed timed(Supplier<SearchResult> search) {
        itemsRead.set(0);
        long started = System.nanoTime();
        SearchResult result = search.get();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(result).isInstanceOf(SearchResult.Found.class);
        return new Timed((SearchResult.Found) result, millis, itemsRead.get());
    }

    private static ComplaintSearch search() {
        return new ComplaintSearch(null, null, null, null, null, null, null, null, null, null, 1);
    }

    @Test
    void eachKindOfSearchReadsOnlyItsIndexAndNeverScans() throws Exception {
        String table = aws.createFreshTable();
        long seedStarted = System.nanoTime();
        seed(table);
        long seedMillis = (System.nanoTime() - seedStarted) / 1_000_000;
        DynamoDbClient counted = countingClient();
        FindingComplaints finding = new FindingComplaints(
                new DynamoDbComplaints(counted, table),
                new DynamoDbComplaintSearch(counted, table),
                Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC));

        // The person and the complaint every search looks for: complaint 7's complainant.
        Complaint target = complaint(7);
        Complainant who = target.intake().complainant();
        long byThatPerson = 0;
        long byThatFamilyName = 0;
        for (int n = 0; n < ALL; n++) {
            Complainant c = complaint(n).intake().complainant();
            byThatPerson += c.email().equals(who.email()) ? 1 : 0;
            byThatFamilyName += c.name().endsWith(" " + who.name().split(" ")[1]) ? 1 : 0;
        }
        String family = who.name().split(" ")[1];

        Map<String, Timed> runs = new LinkedHashMap<>();
        runs.put(
                "reference",
                timed(() ->
                        finding.find(OFFICER, withReference(target.reference().toString()))));
        runs.put(
                "email", timed(() -> finding.find(OFFICER, withEmail(who.email().toUpperCase()))));
        runs.put(
                "phone",
                timed(() -> finding.find(OFFICER, withPhone("+44" + who.phone().substring(1)))));
        runs.put("family name", timed(() -> finding.find(OFFICER, withName(family))));
        runs.put("full name", timed(() -> finding.find(OFFICER, withName(who.name()))));
        runs.put("family name, manager of one team", timed(() -> finding.find(HUNTINGDON_MANAGER, withName(family))));
        runs.put(
                "age band, team and one month",
                timed(() -> finding.find(
                        OFFICER,
                        new ComplaintSearch(
                                null,
                                null,
                                null,
                                null,
                                AgeBand.AGE_10_15,
                                new TeamName("Huntingdon"),
                                null,
                                null,
                                LocalDate.of(2024, 11, 1),
                                LocalDate.of(2024, 11, 30),
                                1))));
        runs.put(
                "team alone (every state)",
                timed(() -> finding.find(OFFICER, search().withTeam(new TeamName("Huntingdon")))));

        assertThat(scans.get()).as("no search scans the table").isZero();
        assertThat(runs.get("reference").found().total()).isEqualTo(1);
        assertThat(runs.get("reference").read()).isEqualTo(2);
        assertThat(runs.get("email").found().total()).isEqualTo(byThatPerson);
        assertThat(runs.get("email").read()).isEqualTo(2 * byThatPerson);
        assertThat(runs.get("phone").found().total()).isEqualTo(byThatPerson);
        assertThat(runs.get("phone").read()).isEqualTo(2 * byThatPerson);
        assertThat(runs.get("family name").found().total()).isEqualTo(byThatFamilyName);
        assertThat(runs.get("family name").read()).isEqualTo(2 * byThatFamilyName);
        assertThat(runs.get("full name").found().total()).isBetween(1, (int) byThatFamilyName);
        assertThat(runs.get("family name, manager of one team").found().complaints())
                .allMatch(c -> c.intake().team().value().equals("Huntingdon"));
        assertThat(runs.get("team alone (every state)").found().total()).isPositive();
        runs.forEach((kind, t) -> System.out.printf(
                "PERF search %s: %d found (%d pages) in %d ms, %d items read%n",
                kind, t.found().total(), t.found().pages(), t.millis(), t.read()));
        System.out.printf("PERF search: seeded %d complaints in %d ms%n", ALL, seedMillis);
    }

    private static ComplaintSearch withReference(String reference) {
        return new ComplaintSearch(reference, null, null, null, null, null, null, null, null, null, 1);
    }

    private static ComplaintSearch withEmail(String email) {
        return new ComplaintSearch(null, null, email, null, null, null, null, null, null, null, 1);
    }

    private static ComplaintSearch withPhone(String phone) {
        return new ComplaintSearch(null, null, null, phone, null, null, null, null, null, null, 1);
    }

    private static ComplaintSearch withName(String name) {
        return new ComplaintSearch(null, name, null, null, null, null, null, null, null, null, 1);
    }
}
