package uk.childrenscomplaints.complaint.application.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.application.Workflow.HUNTINGDON_MANAGER;
import static uk.childrenscomplaints.complaint.application.Workflow.KINSHIP_MANAGER;
import static uk.childrenscomplaints.complaint.application.Workflow.NOBODY;
import static uk.childrenscomplaints.complaint.application.Workflow.OFFICER;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaintSearch;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.model.AgeBand;
import uk.childrenscomplaints.complaint.model.ChildDetails;
import uk.childrenscomplaints.complaint.model.Complainant;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.Gender;
import uk.childrenscomplaints.complaint.model.Intake;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.Outcome;
import uk.childrenscomplaints.complaint.model.PastComplaint;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Reference;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;

/**
 * Staff search against the real table and its indexes (decision 030): each kind of search, the team restriction,
 * imported complaints, paging, and a complaint stored before the search keys existed.
 */
@ExtendWith(LocalAwsExtension.class)
class FindingComplaintsIT {
    private static final LocalDate mon_2026_01_05 = LocalDate.of(2026, 1, 5);
    private static final LocalDate tue_2026_02_10 = LocalDate.of(2026, 2, 10);
    private static final LocalDate fri_2026_03_13 = LocalDate.of(2026, 3, 13);

    private final LocalAws aws;
    private final String table;
    private final DynamoDbComplaints complaints;
    private final FindingComplaints finding;
    private final AtomicInteger numbers = new AtomicInteger();

    FindingComplaintsIT(LocalAws aws) {
        this.aws = aws;
        this.table = aws.createFreshTable();
        this.complaints = new DynamoDbComplaints(aws.dynamoDb(), table);
        this.finding = new FindingComplaints(
                complaints,
                new DynamoDbComplaintSearch(aws.dynamoDb(), table),
                Clock.fixed(Instant.parse("2026-03-20T09:00:00Z"), ZoneOffset.UTC));
    }

    private Complaint received(LocalDate on, String name, String email, String phone, String team, AgeBand ageBand) {
        Intake base = ComplaintFixtures.intake(on, Procedure.STATUTORY_CHILDRENS);
        Intake intake = new Intake(
                on,
                Route.ONLINE,
                Procedure.STATUTORY_CHILDRENS,
                new Complainant(name, email, phone, null, Relationship.GRANDPARENT, null),
                false,
                new ChildDetails(null, ageBand, Gender.FEMALE),
                team == null ? null : new TeamName(team),
                base.issues(),
                base.description(),
                base.desiredOutcome(),
                null,
                false,
                false);
        Complaint c = Complaint.receive(
                ComplaintId.random(),
                new Reference(2025, numbers.incrementAndGet()),
                intake,
                on.plusDays(14),
                ComplaintFixtures.STAFF);
        complaints.add(c);
        return c;
    }

    private static ComplaintSearch by(String reference, String name, String email, String phone) {
        return new ComplaintSearch(reference, name, email, phone, null, null, null, null, null, null, 1);
    }

    private SearchResult.Found found(StaffMember who, ComplaintSearch search) {
        SearchResult result = finding.find(who, search);
        assertThat(result).isInstanceOf(SearchResult.Found.class);
        return (SearchResult.Found) result;
    }

    private static List<String> references(SearchResult.Found found) {
        return found.complaints().stream().map(c -> c.reference().toString()).toList();
    }

    @Test
    void anEmailFindsEveryComplaintFromThatAddressNewestFirstWhateverItsCaseOrSpaces() {
        Complaint first = received(mon_2026_01_05, "Jane Smith", "Jane.Smith@example.test", null, "Huntingdon", null);
        Complaint second = received(fri_2026_03_13, "Jane Smith", "jane.smith@example.test", null, "ECF", null);
        received(tue_2026_02_10, "John Smith", "john.smith@example.test", null, "Huntingdon", null);

        SearchResult.Found found = found(OFFICER, by(null, null, "  JANE.smith@Example.test ", null));

        assertThat(references(found))
                .containsExactly(
                        second.reference().toString(), first.reference().toString());
        assertThat(found.total()).isEqualTo(2);
    }

    @Test
    void aPhoneNumberWrittenAnotherWayFindsTheSameComplainant() {
        Complaint c = received(tue_2026_02_10, "Ali Khan", null, "07700 900982", "Huntingdon", null);
        received(tue_2026_02_10, "Ali Khan", null, "07700 900983", "Huntingdon", null);

        assertThat(references(found(OFFICER, by(null, null, null, "+44 (7700) 900-982"))))
                .containsExactly(c.reference().toString());
    }

    @Test
    void aFamilyNameFindsEveryoneOfThatNameAndAFullNameOnlyThatPerson() {
        Complaint jane = received(mon_2026_01_05, "Jane O’Brien", null, null, "Huntingdon", null);
        Complaint john = received(tue_2026_02_10, "JOHN OBRIEN", null, null, "Huntingdon", null);
        received(tue_2026_02_10, "Jane Brien", null, null, "Huntingdon", null);

        assertThat(references(found(OFFICER, by(null, "o'brien", null, null))))
                .containsExactly(john.reference().toString(), jane.reference().toString());
        assertThat(references(found(OFFICER, by(null, "jane obrien", null, null))))
                .containsExactly(jane.reference().toString());
    }

    @Test
    void aReferenceIsFoundWhicheverCaseItIsTypedIn() {
        received(mon_2026_01_05, "Pat Example", null, null, "Huntingdon", null);
        Complaint wanted = received(mon_2026_01_05, "Pat Example", null, null, "Huntingdon", null);

        assertThat(references(found(OFFICER, by(wanted.reference().toString().toLowerCase(), null, null, null))))
                .containsExactly(wanted.reference().toString());
    }

    @Test
    void anImportedComplaintIsFoundByItsOldReferenceAndByTheEmailItsOldSystemKnewThePersonBy() {
        PastComplaint past = new PastComplaint(
                Reference.legacy("SEC/11"),
                LocalDate.of(2019, 5, 2),
                Route.EMAIL,
                Procedure.STATUTORY_CHILDRENS,
                uk.childrenscomplaints.complaint.application.intake.PersonKeys.ofImportedId("Old.Parent@example.test"),
                Relationship.GRANDPARENT,
                false,
                AgeBand.AGE_10_15,
                Gender.MALE,
                new TeamName("Huntingdon"),
                List.of(IssueCategory.COMMUNICATION),
                LocalDate.of(2019, 5, 14),
                false,
                Outcome.UPHELD,
                null,
                null,
                null,
                null,
                null,
                null);
        complaints.add(past.toComplaint(ComplaintFixtures.STAFF));

        assertThat(references(found(OFFICER, by("sec/11", null, null, null)))).containsExactly("SEC/11");
        assertThat(references(found(OFFICER, by(null, null, "old.parent@example.test", null))))
                .containsExactly("SEC/11");
    }

    @Test
    void aManagerSearchingByNameGetsOnlyTheirOwnTeamsComplaintsAndNoCountOfTheOthers() {
        Complaint ours = received(mon_2026_01_05, "Jane Smith", null, null, "Huntingdon", null);
        received(tue_2026_02_10, "Jane Smith", null, null, "Kinship", null);
        received(tue_2026_02_10, "Jane Smith", null, null, null, null);

        SearchResult.Found manager = found(HUNTINGDON_MANAGER, by(null, "Smith", null, null));
        assertThat(references(manager)).containsExactly(ours.reference().toString());
        assertThat(manager.total()).isEqualTo(1);
        assertThat(found(KINSHIP_MANAGER, by(null, null, null, null).withTeam(new TeamName("Huntingdon")))
                        .total())
                .isZero();
        assertThat(found(NOBODY, by(null, "Smith", null, null)).total()).isZero();
        assertThat(found(OFFICER, by(null, "Smith", null, null)).total()).isEqualTo(3);
    }

    @Test
    void ageBandTeamDatesAndStageNarrowASearchWithoutAName() {
        Complaint wanted = received(tue_2026_02_10, "A One", null, null, "Huntingdon", AgeBand.AGE_10_15);
        received(tue_2026_02_10, "A Two", null, null, "Huntingdon", AgeBand.AGE_5_9);
        received(mon_2026_01_05, "A Three", null, null, "Huntingdon", AgeBand.AGE_10_15);
        received(tue_2026_02_10, "A Four", null, null, "ECF", AgeBand.AGE_10_15);

        SearchResult.Found found = found(
                OFFICER,
                new ComplaintSearch(
                        null,
                        null,
                        null,
                        null,
                        AgeBand.AGE_10_15,
                        new TeamName("huntingdon"),
                        null,
                        ComplaintState.Stage.STAGE_1,
                        LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 2, 28),
                        1));
        assertThat(references(found)).containsExactly(wanted.reference().toString());
        assertThat(found(
                                OFFICER,
                                new ComplaintSearch(
                                        null, null, null, null, null, null, ComplaintState.CLOSED, null, null, null, 1))
                        .total())
                .isZero();
    }

    @Test
    void anEmailSearchWithDatesReadsOnlyThoseDaysFromTheIndex() {
        received(mon_2026_01_05, "Jane Smith", "jane@example.test", null, "Huntingdon", null);
        Complaint february = received(tue_2026_02_10, "Jane Smith", "jane@example.test", null, "Huntingdon", null);

        SearchResult.Found found = found(
                OFFICER,
                new ComplaintSearch(
                        null,
                        null,
                        "jane@example.test",
                        null,
                        null,
                        null,
                        null,
                        null,
                        LocalDate.of(2026, 2, 10),
                        LocalDate.of(2026, 2, 10),
                        1));
        assertThat(references(found)).containsExactly(february.reference().toString());
    }

    @Test
    void fortyFiveMatchesAreThreePagesOfTwentyTwentyAndFive() {
        for (int i = 0; i < 45; i++) {
            received(mon_2026_01_05.plusDays(i), "Sam Jones", null, null, "Huntingdon", null);
        }
        SearchResult.Found first = found(OFFICER, by(null, "Jones", null, null));
        SearchResult.Found third = found(OFFICER, by(null, "Jones", null, null).onPage(3));

        assertThat(first.complaints()).hasSize(20);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.total()).isEqualTo(45);
        assertThat(first.complaints().get(0).intake().receivedOn()).isEqualTo(mon_2026_01_05.plusDays(44));
        assertThat(third.complaints()).hasSize(5);
        assertThat(third.complaints().get(4).intake().receivedOn()).isEqualTo(mon_2026_01_05);
        assertThat(found(OFFICER, by(null, "Jones", null, null).onPage(4)).complaints())
                .isEmpty();
    }

    @Test
    void aComplaintStoredBeforeTheSearchKeysIsFoundByEmailAfterItsNextChange() {
        Complaint c = received(mon_2026_01_05, "Jane Smith", "jane@example.test", null, "Huntingdon", null);
        // As the item was before decision 030: no search keys.
        aws.dynamoDb()
                .updateItem(r -> r.tableName(table)
                        .key(Map.of(
                                "pk", AttributeValue.fromS("COMPLAINT#" + c.id().value()),
                                "sk", AttributeValue.fromS("COMPLAINT")))
                        .updateExpression("REMOVE emailKey, phoneKey, nameKey, referenceKey"));
        assertThat(found(OFFICER, by(null, null, "jane@example.test", null)).total())
                .isZero();

        Complaint stored = complaints.find(c.id()).orElseThrow();
        assertThat(complaints.save(stored, stored.version()))
                .isEqualTo(uk.childrenscomplaints.complaint.application.ports.Complaints.SaveResult.SAVED);

        assertThat(references(found(OFFICER, by(null, null, "jane@example.test", null))))
                .containsExactly(c.reference().toString());
    }

    @Test
    void anImpossibleDateRangeAndAnEmptySearchAreRefusedSayingWhatToDo() {
        SearchResult backwards = finding.find(
                OFFICER,
                new ComplaintSearch(
                        null,
                        "Smith",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 2, 1),
                        1));
        assertThat(((SearchResult.Invalid) backwards).errors())
                .extracting(FieldError::field)
                .containsExactly("receivedTo");
        SearchResult empty = finding.find(OFFICER, by(null, null, null, null));
        assertThat(((SearchResult.Invalid) empty).errors())
                .extracting(FieldError::field)
                .containsExactly("reference");
        SearchResult badEmail = finding.find(OFFICER, by(null, null, "not an address", "12"));
        assertThat(((SearchResult.Invalid) badEmail).errors())
                .extracting(FieldError::field)
                .containsExactly("email", "phone");
    }
}
