package uk.childrenscomplaints.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.childrenscomplaints.complaint.application.ports.IdempotencyKeys;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbDeliveries;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbIdempotencyKeys;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbLimitCounters;
import uk.childrenscomplaints.complaint.model.AgeBand;
import uk.childrenscomplaints.complaint.model.Change;
import uk.childrenscomplaints.complaint.model.ChildDetails;
import uk.childrenscomplaints.complaint.model.Complainant;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.ComplaintParts;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.Gender;
import uk.childrenscomplaints.complaint.model.Intake;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.LegalHold;
import uk.childrenscomplaints.complaint.model.Outcome;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Reference;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.model.Stage1Record;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.local.standins.SamTemplate;

/**
 * The weekly retention run from events/retention.json (Sun 29 Nov 2026, 03:00), through the real handler and table
 * (decision 027): a complaint closed on 2 September 2020 (over six years before) is anonymised; one closed the same
 * day but under a legal hold, and one closed on 30 November 2020 (six years on the 30th), keep everything; expired
 * idempotency keys, limit counters and send markers go, through the expiry index (dynalite has no TTL), live ones
 * stay; a second run changes nothing.
 */
@ExtendWith(LocalAwsExtension.class)
class RetentionIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant sun_2026_11_29_0300 = Instant.parse("2026-11-29T03:00:00Z");
    private static final LocalDate wed_2020_09_02 = LocalDate.of(2020, 9, 2);
    private static final LocalDate mon_2020_11_30 = LocalDate.of(2020, 11, 30);

    private final LocalAws aws;
    private LocalEventBus bus;
    private SweepHarness harness;
    private DynamoDbComplaints complaints;

    RetentionIT(LocalAws aws) {
        this.aws = aws;
    }

    @BeforeEach
    void start() {
        bus = LocalEventBus.start();
        harness = new SweepHarness(aws, bus);
        complaints = harness.complaints();
    }

    @AfterEach
    void stop() {
        harness.close();
        bus.close();
    }

    @Test
    void onSun_2026_11_29_aComplaintClosedOn2September2020LosesItsPersonalDataUnlessHeld() throws IOException {
        Complaint due = closed("Due Person", wed_2020_09_02);
        Complaint held = closed("Held Person", wed_2020_09_02);
        assertThat(LegalHold.place(
                                held,
                                "Ombudsman investigation",
                                new Change("officer", Instant.parse("2026-11-20T10:00:00Z")))
                        .isAllowed())
                .isTrue();
        Complaint notYet = closed("Recent Person", mon_2020_11_30);
        List.of(due, held, notYet).forEach(complaints::add);

        RetentionResult result = harness.retention().execute(request());

        assertThat(result.lastDate()).isEqualTo("2020-11-29");
        assertThat(result.anonymised()).isEqualTo(1);
        assertThat(result.failed()).isZero();
        Complaint gone = complaints.find(due.id()).orElseThrow();
        assertThat(gone.intake().complainant().name()).isNull();
        assertThat(gone.intake().complainant().email()).isNull();
        assertThat(gone.intake().description()).isNull();
        assertThat(gone.dataProtection().anonymisedOn()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(gone.dataProtection().retentionPolicy()).isEqualTo("2026-1");
        assertThat(gone.timeline()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("personal data removed");
            assertThat(e.actor()).isEqualTo("retention (scheduled)");
        });
        assertThat(gone.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(gone.intake().child().ageBand()).isEqualTo(AgeBand.AGE_5_9);
        assertThat(complaints
                        .find(held.id())
                        .orElseThrow()
                        .intake()
                        .complainant()
                        .name())
                .isEqualTo("Held Person");
        assertThat(complaints
                        .find(notYet.id())
                        .orElseThrow()
                        .intake()
                        .complainant()
                        .name())
                .isEqualTo("Recent Person");
        assertThat(item(due.id())).doesNotContainKeys("retentionPk", "retentionSk");

        RetentionResult again = harness.retention().execute(request());
        assertThat(again.anonymised()).isZero();
        assertThat(complaints.find(due.id()).orElseThrow().version()).isEqualTo(gone.version());
    }

    @Test
    void expiredKeysCountersAndMarkersAreRemovedAndLiveOnesStay() throws IOException {
        DynamoDbIdempotencyKeys keys = new DynamoDbIdempotencyKeys(aws.dynamoDb(), harness.table());
        Instant claimedAt = Instant.parse("2026-11-28T09:00:00Z");
        keys.claim(
                new IdempotencyKeys.Key(
                        "api:old", new ComplaintId(UUID.randomUUID().toString()), "f", claimedAt.plusSeconds(3600)),
                claimedAt);
        keys.claim(
                new IdempotencyKeys.Key(
                        "form:live",
                        new ComplaintId(UUID.randomUUID().toString()),
                        "f",
                        sun_2026_11_29_0300.plusSeconds(7 * 24 * 3600)),
                claimedAt);
        DynamoDbLimitCounters counters = new DynamoDbLimitCounters(aws.dynamoDb(), harness.table());
        counters.addIfBelow("source#abc#2026-11-28T09", 5, Instant.parse("2026-11-28T11:00:00Z"));
        counters.addIfBelow("email#abc#2026-11-29", 3, Instant.parse("2026-11-30T12:00:00Z"));
        // Claimed on 1 January 2025, a send marker expires 400 days later, on 5 February 2026.
        new DynamoDbDeliveries(
                        aws.dynamoDb(),
                        harness.table(),
                        Clock.fixed(Instant.parse("2025-01-01T08:00:00Z"), ZoneOffset.UTC))
                .claim("weekly-team-summary#2024-12-30#huntingdon");
        new DynamoDbDeliveries(aws.dynamoDb(), harness.table(), Clock.fixed(claimedAt, ZoneOffset.UTC))
                .claim("weekly-team-summary#2026-11-23#huntingdon");
        assertThat(pks()).hasSize(6);

        RetentionResult result = harness.retention().execute(request());

        assertThat(result.expiredRemoved()).isEqualTo(3);
        assertThat(pks())
                .hasSize(3)
                .anySatisfy(pk -> assertThat(pk).startsWith("IDEMPOTENCY#"))
                .contains("LIMIT#email#abc#2026-11-29", "DELIVERY#weekly-team-summary#2026-11-23#huntingdon");
        assertThat(harness.retention().execute(request()).expiredRemoved()).isZero();
    }

    private static SweepRequest request() throws IOException {
        return JSON.readValue(
                SamTemplate.repositoryRoot().resolve("events/retention.json").toFile(), SweepRequest.class);
    }

    /** Every item's pk: the test may scan; the product never does. */
    private List<String> pks() {
        List<String> pks = new ArrayList<>();
        aws.dynamoDb()
                .scanPaginator(r -> r.tableName(harness.table()))
                .items()
                .forEach(i -> pks.add(i.get("pk").s()));
        return pks;
    }

    private Map<String, AttributeValue> item(ComplaintId id) {
        return aws.dynamoDb()
                .getItem(r -> r.tableName(harness.table())
                        .key(Map.of(
                                "pk", AttributeValue.fromS("COMPLAINT#" + id.value()),
                                "sk", AttributeValue.fromS("COMPLAINT"))))
                .item();
    }

    private static Complaint closed(String name, LocalDate respondedOn) {
        LocalDate receivedOn = respondedOn.minusDays(14);
        Intake intake = new Intake(
                receivedOn,
                Route.ONLINE,
                Procedure.STATUTORY_CHILDRENS,
                new Complainant(
                        name,
                        name.replace(' ', '.') + "@family.test",
                        "07700 900123",
                        null,
                        Relationship.PARENT_CARER,
                        null),
                false,
                new ChildDetails("A child", AgeBand.AGE_5_9, Gender.FEMALE),
                new TeamName("Huntingdon"),
                List.of(IssueCategory.COMMUNICATION),
                "What happened to " + name,
                null,
                null,
                false,
                false);
        return Complaint.restore(
                new ComplaintId(UUID.randomUUID().toString()),
                new Reference(2020, 1),
                1,
                intake,
                ComplaintState.CLOSED,
                ComplaintParts.empty()
                        .withStage1(Stage1Record.due(respondedOn).respondedOn(respondedOn, "Sorry, " + name, null))
                        .withClosing(Outcome.UPHELD, "Closed"),
                List.of());
    }
}
