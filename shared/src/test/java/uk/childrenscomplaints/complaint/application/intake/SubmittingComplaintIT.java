package uk.childrenscomplaints.complaint.application.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.application.Workflow.OFFICER;
import static uk.childrenscomplaints.complaint.application.Workflow.POLICY;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.childrenscomplaints.complaint.application.RelayedComplaints;
import uk.childrenscomplaints.complaint.application.deadlines.AcknowledgementCap;
import uk.childrenscomplaints.complaint.application.deadlines.DeadlineNotices;
import uk.childrenscomplaints.complaint.application.deadlines.KeyedHash;
import uk.childrenscomplaints.complaint.application.deadlines.Notifications;
import uk.childrenscomplaints.complaint.application.deadlines.Recipients;
import uk.childrenscomplaints.complaint.application.deadlines.RelayingOwedNotifications;
import uk.childrenscomplaints.complaint.application.deadlines.SendingOwedNotifications;
import uk.childrenscomplaints.complaint.application.ports.Email;
import uk.childrenscomplaints.complaint.application.ports.IdempotencyKeys;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbIdempotencyKeys;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbLimitCounters;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.SampleTeams;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;

/**
 * Idempotency keys done properly (issue 13, finding 4), through the use case against the real table: a key names one
 * complaint for one body, in its own scope, until it expires; a submission killed between its two writes is finished
 * by its retry.
 */
@ExtendWith(LocalAwsExtension.class)
class SubmittingComplaintIT {
    private static final Instant THU_2026_12_24_1000 = Instant.parse("2026-12-24T10:00:00Z");
    private static final Instant FRI_2026_12_25_1001 = Instant.parse("2026-12-25T10:01:00Z");

    private final LocalAws aws;
    private final String table;
    private final DynamoDbIdempotencyKeys keys;
    private final List<Email> mail = new CopyOnWriteArrayList<>();

    SubmittingComplaintIT(LocalAws aws) {
        this.aws = aws;
        this.table = aws.createFreshTable();
        this.keys = new DynamoDbIdempotencyKeys(aws.dynamoDb(), table);
    }

    private SubmittingComplaint at(Instant instant) {
        Clock clock = Clock.fixed(instant, ZoneOffset.UTC);
        DynamoDbComplaints complaints = new DynamoDbComplaints(aws.dynamoDb(), table, clock);
        DynamoDbLimitCounters counters = new DynamoDbLimitCounters(aws.dynamoDb(), table);
        KeyedHash hash = new KeyedHash(() -> "a test secret of thirty-two bytes or more".getBytes());
        SendingOwedNotifications sending = new SendingOwedNotifications(
                complaints,
                mail::add,
                e -> {},
                new Notifications("Example Council", "complaints@council.test"),
                new DeadlineNotices(new Recipients("complaints@council.test", Map.of()), "Example Council"),
                new AcknowledgementCap(counters, hash, 3, clock));
        // Each stored complaint is relayed at once, as the table's stream has it relayed in AWS (decision 035).
        return new SubmittingComplaint(
                new RelayedComplaints(complaints, new RelayingOwedNotifications(complaints, sending)),
                POLICY,
                SampleTeams.SEED,
                keys,
                IdempotencyPeriods.DEFAULT,
                new SubmissionLimits(counters, hash, 5, 3, clock),
                clock);
    }

    static NewComplaint online(String email, String whatHappened) {
        return new NewComplaint(
                "Alex Parent",
                email,
                null,
                null,
                "parent_carer",
                false,
                "Sam",
                12,
                "female",
                false,
                "Huntingdon",
                List.of("communication"),
                whatHappened,
                "A call every week",
                null,
                "statutory_childrens",
                true,
                null,
                null);
    }

    static NewComplaint byTelephone(String email, String whatHappened) {
        NewComplaint o = online(email, whatHappened);
        return new NewComplaint(
                o.complainantName(),
                o.email(),
                o.phone(),
                o.address(),
                o.relationship(),
                o.viaAdvocate(),
                o.childName(),
                o.childAge(),
                o.childGender(),
                o.moreThanOneChild(),
                o.team(),
                o.issues(),
                o.whatHappened(),
                o.desiredOutcome(),
                o.matterOccurredOn(),
                o.procedure(),
                o.consent(),
                "telephone",
                LocalDate.of(2026, 12, 24));
    }

    private static PublicSubmission api(String key) {
        return new PublicSubmission(PublicSubmission.Channel.API, key, "192.0.2.10");
    }

    private int items() {
        return aws.dynamoDb().scan(r -> r.tableName(table)).count();
    }

    private long complaints() {
        return aws.dynamoDb().scan(r -> r.tableName(table)).items().stream()
                .filter(i -> i.get("pk").s().startsWith("COMPLAINT#"))
                .count();
    }

    @Test
    void onThu_2026_12_24ASecondComplainantReusingAKeyWithOtherAnswersIsRefusedAndNothingIsStored() {
        SubmittingComplaint submitting = at(THU_2026_12_24_1000);
        submitting.submit(online("alex@example.test", "Nobody called back."), api("key-1"));
        int before = items();
        int mailBefore = mail.size();

        SubmissionResult second = submitting.submit(online("robin@example.test", "My placement moved."), api("key-1"));

        assertThat(second).isInstanceOf(SubmissionResult.KeyReused.class);
        assertThat(items()).isEqualTo(before);
        assertThat(mail).hasSize(mailBefore);
    }

    @Test
    void theSameKeyWithTheSameAnswersAnswersTheFirstComplaintAgainAndStoresNothingNew() {
        SubmittingComplaint submitting = at(THU_2026_12_24_1000);
        var first = (SubmissionResult.Accepted)
                submitting.submit(online("alex@example.test", "Nobody called back."), api("key-2"));
        int before = items();

        // The same answers, written with other spacing and line endings: the same submission.
        var again = (SubmissionResult.Accepted)
                submitting.submit(online(" alex@EXAMPLE.test ", "Nobody called back.\r\n"), api("key-2"));

        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.complaint().id()).isEqualTo(first.complaint().id());
        assertThat(again.complaint().reference()).isEqualTo(first.complaint().reference());
        assertThat(items()).isEqualTo(before);
    }

    @Test
    void oneKeyOnTheApiTheFormAndInAStaffLogIsThreeComplaints() {
        SubmittingComplaint submitting = at(THU_2026_12_24_1000);
        var viaApi = (SubmissionResult.Accepted)
                submitting.submit(online("alex@example.test", "Nobody called back."), api("shared-key"));
        var viaForm = (SubmissionResult.Accepted) submitting.submit(
                online("alex@example.test", "Nobody called back."),
                new PublicSubmission(PublicSubmission.Channel.FORM, "shared-key", "192.0.2.11"));
        var byStaff = (SubmissionResult.Accepted)
                submitting.logForStaff(OFFICER, byTelephone("robin@example.test", "Phoned in."), "shared-key");

        assertThat(List.of(viaApi, viaForm, byStaff))
                .allSatisfy(a -> assertThat(a.replayed()).isFalse());
        assertThat(List.of(
                        viaApi.complaint().id(),
                        viaForm.complaint().id(),
                        byStaff.complaint().id()))
                .doesNotHaveDuplicates();
        assertThat(complaints()).isEqualTo(3);
    }

    @Test
    void anApiKeyUsedOnThu_2026_12_24MayNameANewComplaintOnceItExpiresOnFri_2026_12_25() {
        var first = (SubmissionResult.Accepted)
                at(THU_2026_12_24_1000).submit(online("alex@example.test", "Nobody called back."), api("key-3"));

        SubmissionResult later =
                at(FRI_2026_12_25_1001).submit(online("robin@example.test", "My placement moved."), api("key-3"));

        assertThat(later).isInstanceOfSatisfying(SubmissionResult.Accepted.class, a -> {
            assertThat(a.replayed()).isFalse();
            assertThat(a.complaint().id()).isNotEqualTo(first.complaint().id());
        });
        assertThat(complaints()).isEqualTo(2);
    }

    @Test
    void aSubmissionKilledAfterItsKeyWasWrittenIsFinishedByItsRetryAsExactlyOneComplaint() {
        NewComplaint answers = online("alex@example.test", "Nobody called back.");
        ComplaintId named = ComplaintId.random();
        // What a process killed between the two writes leaves: the key, naming a complaint never stored.
        keys.claim(
                new IdempotencyKeys.Key(
                        "api:key-4", named, Fingerprint.of(answers), THU_2026_12_24_1000.plusSeconds(86_400)),
                THU_2026_12_24_1000);

        var retry = (SubmissionResult.Accepted) at(THU_2026_12_24_1000).submit(answers, api("key-4"));
        var again = (SubmissionResult.Accepted) at(THU_2026_12_24_1000).submit(answers, api("key-4"));

        assertThat(retry.replayed()).isFalse();
        assertThat(retry.complaint().id()).isEqualTo(named);
        assertThat(again.replayed()).isTrue();
        assertThat(complaints()).isEqualTo(1);
        assertThat(mail.stream().filter(m -> m.to().contains("alex@example.test")))
                .hasSize(1);
    }

    @Test
    void theKeyIsHeldUnderAHashAndExpiresWithATimeToLive() {
        at(THU_2026_12_24_1000).submit(online("alex@example.test", "Nobody called back."), api("my-own-key"));

        var keyItem = aws.dynamoDb().scan(r -> r.tableName(table)).items().stream()
                .filter(i -> i.get("pk").s().startsWith("IDEMPOTENCY#"))
                .findFirst()
                .orElseThrow();
        assertThat(keyItem.toString()).doesNotContain("my-own-key");
        assertThat(Long.parseLong(keyItem.get("expiresAt").n()))
                .isEqualTo(THU_2026_12_24_1000.plusSeconds(24 * 3600).getEpochSecond());
    }

    @Test
    void theSixthComplaintFromOneAddressWithinTheHourOnThu_2026_12_24IsRefusedUntil11AndStoresAndSendsNothing() {
        SubmittingComplaint submitting = at(THU_2026_12_24_1000);
        for (int i = 1; i <= 5; i++) {
            assertThat(submitting.submit(online("person" + i + "@example.test", "Complaint " + i), api("k" + i)))
                    .isInstanceOf(SubmissionResult.Accepted.class);
        }
        int before = items();
        int mailBefore = mail.size();

        SubmissionResult sixth = submitting.submit(online("person6@example.test", "Complaint 6"), api("k6"));

        assertThat(sixth).isEqualTo(new SubmissionResult.TooMany(Instant.parse("2026-12-24T11:00:00Z")));
        assertThat(items()).isEqualTo(before);
        assertThat(mail).hasSize(mailBefore);
    }

    @Test
    void theFourthComplaintNamingOneEmailAddressOnThu_2026_12_24IsRefusedUntilMidnight() {
        SubmittingComplaint submitting = at(THU_2026_12_24_1000);
        for (int i = 1; i <= 3; i++) {
            submitting.submit(
                    online("alex@example.test", "Complaint " + i),
                    new PublicSubmission(PublicSubmission.Channel.FORM, "f" + i, "192.0.2." + i));
        }
        int before = items();

        SubmissionResult fourth = submitting.submit(
                online("ALEX@example.test", "Complaint 4"),
                new PublicSubmission(PublicSubmission.Channel.FORM, "f4", "192.0.2.4"));

        assertThat(fourth).isEqualTo(new SubmissionResult.TooMany(Instant.parse("2026-12-25T00:00:00Z")));
        assertThat(items()).isEqualTo(before);
    }

    @Test
    void aFourthAcknowledgementToOneAddressOnThu_2026_12_24IsSuppressedButTheComplaintIsStoredAndSaysSo() {
        SubmittingComplaint submitting = at(THU_2026_12_24_1000);
        for (int i = 1; i <= 3; i++) {
            submitting.logForStaff(OFFICER, byTelephone("alex@example.test", "Call " + i), "call-" + i);
        }
        assertThat(mail.stream().filter(m -> m.to().contains("alex@example.test")))
                .hasSize(3);

        var fourth = (SubmissionResult.Accepted)
                submitting.logForStaff(OFFICER, byTelephone("alex@example.test", "Call 4"), "call-4");

        assertThat(mail.stream().filter(m -> m.to().contains("alex@example.test")))
                .hasSize(3);
        var stored = new DynamoDbComplaints(aws.dynamoDb(), table)
                .find(fourth.complaint().id())
                .orElseThrow();
        assertThat(stored.parts().outbox()).isEmpty();
        assertThat(stored.timeline()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("notice suppressed");
            assertThat(e.detail()).contains("acknowledgement").doesNotContain("alex@example.test");
        });
        // The team still hears of it.
        assertThat(mail.stream().filter(m -> m.to().contains("complaints@council.test")))
                .hasSize(4);
    }
}
