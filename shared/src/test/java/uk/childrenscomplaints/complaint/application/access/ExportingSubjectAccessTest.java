package uk.childrenscomplaints.complaint.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.application.Workflow.FRI_2026_03_20;
import static uk.childrenscomplaints.complaint.application.Workflow.HUNTINGDON_MANAGER;
import static uk.childrenscomplaints.complaint.application.Workflow.OFFICER;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.clock.model.TimescaleId;
import uk.childrenscomplaints.complaint.application.DelegatingComplaints;
import uk.childrenscomplaints.complaint.application.InMemoryComplaints;
import uk.childrenscomplaints.complaint.application.Workflow;
import uk.childrenscomplaints.complaint.application.casework.SearchKeys;
import uk.childrenscomplaints.complaint.application.intake.PersonKeys;
import uk.childrenscomplaints.complaint.application.ports.AccessLog;
import uk.childrenscomplaints.complaint.application.ports.ComplaintLookup;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.TimelineEntry;

/** Subject access (decision 029): who may export, what a bad search says, and an export racing a change. */
class ExportingSubjectAccessTest {
    private static final LocalDate mon_2026_03_16 = LocalDate.of(2026, 3, 16);
    private static final ExportingSubjectAccess.Person PAT =
            new ExportingSubjectAccess.Person("Pat@Example.test ", null);

    private final InMemoryComplaints stored = new InMemoryComplaints();
    private final AtomicInteger refusedSaves = new AtomicInteger();
    private final DelegatingComplaints complaints = new DelegatingComplaints(stored) {
        @Override
        public SaveResult save(Complaint complaint, long expectedVersion) {
            // Someone else saves first this many times: the export's write is stale and must read again.
            if (refusedSaves.getAndDecrement() > 0) {
                return SaveResult.STALE;
            }
            return super.save(complaint, expectedVersion);
        }
    };
    private final List<AccessLog.AccessEvent> recorded = new ArrayList<>();
    private final List<ComplaintId> patsComplaints = new ArrayList<>();
    private final List<ComplaintId> everyStored = new ArrayList<>();
    private final ExportingSubjectAccess exporting;

    ExportingSubjectAccessTest() {
        AccessLog log = new AccessLog() {
            @Override
            public void record(AccessEvent event) {
                recorded.add(event);
            }

            @Override
            public AccessPage ofComplaint(String complaintId, String pageToken, int pageSize) {
                return new AccessPage(List.of(), null);
            }

            @Override
            public AccessPage byStaff(String staffId, Instant from, Instant to, String pageToken, int pageSize) {
                return new AccessPage(List.of(), null);
            }
        };
        RecordingAccess access =
                new RecordingAccess(new Workflow(complaints, FRI_2026_03_20).handling, log, FRI_2026_03_20);
        String patsKey = PersonKeys.of("pat@example.test", null);
        exporting = new ExportingSubjectAccess(
                complaints,
                key -> key.equals(patsKey) ? List.copyOf(patsComplaints) : List.of(),
                lookupOverStored(),
                access,
                FRI_2026_03_20);
    }

    /** The staff search's indexes over what is stored: each key compared as the real index compares it. */
    private ComplaintLookup lookupOverStored() {
        return new ComplaintLookup() {
            @Override
            public List<Complaint> byReference(String referenceMatchKey) {
                return List.of();
            }

            @Override
            public List<Complaint> byEmailKey(String key, LocalDate from, LocalDate to) {
                return withKey(c -> SearchKeys.of(c).email(), key);
            }

            @Override
            public List<Complaint> byPhoneKey(String key, LocalDate from, LocalDate to) {
                return withKey(c -> SearchKeys.of(c).phone(), key);
            }

            @Override
            public List<Complaint> byFamilyNameKey(String key, LocalDate from, LocalDate to) {
                return withKey(c -> SearchKeys.of(c).familyName(), key);
            }

            private List<Complaint> withKey(java.util.function.Function<Complaint, String> keyOf, String key) {
                return everyStored.stream()
                        .map(id -> stored.find(id).orElseThrow())
                        .filter(c -> key != null && key.equals(keyOf.apply(c)))
                        .toList();
            }
        };
    }

    private ComplaintId patComplained() {
        Complaint c = ComplaintFixtures.statutory(
                ComplaintId.random(),
                mon_2026_03_16,
                Workflow.POLICY.dueDate(TimescaleId.STAGE1_RESPONSE, mon_2026_03_16));
        stored.add(c);
        patsComplaints.add(c.id());
        everyStored.add(c.id());
        return c.id();
    }

    @Test
    void aNameFindsEveryComplaintFromSomeoneOfThatNameWhateverItsCaseAndNothingFromOthers() {
        ComplaintId pats = patComplained();

        ExportingSubjectAccess.Answer answer = exporting.find(
                OFFICER, new ExportingSubjectAccess.Person(null, null, "  pat EXAMPLE "), "POST /staff/subject-access");
        ExportingSubjectAccess.Answer nobody = exporting.find(
                OFFICER, new ExportingSubjectAccess.Person(null, null, "Sam Example"), "POST /staff/subject-access");

        assertThat(((ExportingSubjectAccess.Answer.Found) answer).complaints())
                .extracting(Complaint::id)
                .containsExactly(pats);
        assertThat(((ExportingSubjectAccess.Answer.Found) nobody).complaints()).isEmpty();
        assertThat(recorded).extracting(AccessLog.AccessEvent::complaintId).containsExactly(pats.value());
    }

    @Test
    void aNameOfNoLettersIsRefusedSayingHowToWriteIt() {
        ExportingSubjectAccess.Answer answer = exporting.find(
                OFFICER, new ExportingSubjectAccess.Person(null, null, "-- . --"), "POST /staff/subject-access");

        assertThat(((ExportingSubjectAccess.Answer.Invalid) answer).errors())
                .extracting(e -> e.field() + ": " + e.message())
                .containsExactly(
                        "name: Enter the person's name in letters, up to 200 characters, like Jane Smith or Smith");
        assertThat(recorded).isEmpty();
    }

    @Test
    void anExportRacingAChangeReadsTheComplaintAgainAndStillPutsItselfOnTheTimelineOnce() {
        ComplaintId id = patComplained();
        refusedSaves.set(1);

        ExportingSubjectAccess.Answer answer =
                exporting.export(OFFICER, PAT, "JSON", "POST /staff/subject-access/export");

        assertThat(answer).isInstanceOf(ExportingSubjectAccess.Answer.Found.class);
        List<TimelineEntry> timeline = stored.find(id).orElseThrow().timeline();
        assertThat(timeline)
                .filteredOn(t -> t.action().equals(Complaint.SUBJECT_ACCESS_EXPORT))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.actor()).isEqualTo("officer@council.test");
                    assertThat(t.at()).isEqualTo(Instant.parse("2026-03-20T10:00:00Z"));
                    assertThat(t.detail()).endsWith("as JSON").doesNotContain("pat");
                });
        assertThat(recorded).extracting(AccessLog.AccessEvent::complaintId).containsExactly(id.value());
    }

    @Test
    void aComplaintChangedThreeTimesRunningDuringTheExportAnswersBusyAndRecordsNoRead() {
        patComplained();
        refusedSaves.set(3);

        assertThat(exporting.export(OFFICER, PAT, "JSON", "POST /staff/subject-access/export"))
                .isInstanceOf(ExportingSubjectAccess.Answer.Busy.class);
        assertThat(recorded).isEmpty();
    }

    @Test
    void aRespondingManagerMayNotSearchOrExportAndNothingIsRead() {
        ComplaintId id = patComplained();

        assertThat(exporting.find(HUNTINGDON_MANAGER, PAT, "POST /staff/subject-access"))
                .isInstanceOf(ExportingSubjectAccess.Answer.Forbidden.class);
        assertThat(exporting.export(HUNTINGDON_MANAGER, PAT, "JSON", "POST /staff/subject-access/export"))
                .isInstanceOf(ExportingSubjectAccess.Answer.Forbidden.class);
        assertThat(recorded).isEmpty();
        assertThat(stored.find(id).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void aSearchByAFourDigitPhoneIsRefusedSayingHowManyDigitsWithoutRepeatingIt() {
        ExportingSubjectAccess.Answer answer =
                exporting.find(OFFICER, new ExportingSubjectAccess.Person(null, "1234"), "POST /staff/subject-access");

        assertThat(answer).isInstanceOf(ExportingSubjectAccess.Answer.Invalid.class);
        assertThat(((ExportingSubjectAccess.Answer.Invalid) answer).errors())
                .extracting(e -> e.field() + ": " + e.message())
                .containsExactly(
                        "phone: Enter a phone number with at least 7 digits, like 07700 900982 or +44 7700 900982");
    }
}
