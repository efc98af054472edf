package uk.childrenscomplaints.complaint.application.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.InMemoryComplaints;
import uk.childrenscomplaints.complaint.application.casework.Role;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;
import uk.childrenscomplaints.complaint.application.intake.PersonKeys;
import uk.childrenscomplaints.complaint.model.AgeBand;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.Gender;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.OmbudsmanDecision;
import uk.childrenscomplaints.complaint.model.Outcome;
import uk.childrenscomplaints.complaint.model.Reference;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.SampleTeams;
import uk.childrenscomplaints.local.standins.SamTemplate;

class ImportingPastComplaintsTest {
    /** Monday 4 January 2027, 10:00 in London. */
    static final Clock MON_2027_01_04 = Clock.fixed(Instant.parse("2027-01-04T10:00:00Z"), ZoneOffset.UTC);

    static final StaffMember OFFICER = new StaffMember("officer", Set.of(Role.COMPLAINTS_TEAM), Set.of());

    private final InMemoryComplaints complaints = new InMemoryComplaints();
    private final ImportingPastComplaints importing =
            new ImportingPastComplaints(complaints, SampleTeams.SEED, MON_2027_01_04);

    static String sample() {
        try {
            return Files.readString(SamTemplate.repositoryRoot().resolve("events/import/past-complaints-sample.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportResult importing(String csv) {
        return importing.importFile(OFFICER, csv.getBytes(StandardCharsets.UTF_8));
    }

    private List<Complaint> all() {
        List<Complaint> found = new ArrayList<>();
        FinancialQuarter q = new FinancialQuarter(2009, 1);
        for (int i = 0; i < 4; i++, q = q.next()) {
            found.addAll(complaints.receivedIn(q, q.firstDay(), q.lastDay()));
        }
        return found;
    }

    private Complaint byReference(String reference) {
        return complaints
                .find(ComplaintId.fromImportedReference(Reference.legacy(reference)))
                .orElseThrow();
    }

    @Test
    void theSampleFileImportsTwelveComplaintsAndImportingItAgainAddsNone() {
        assertThat(importing(sample())).isEqualTo(new ImportResult.Imported(12, 0, 0));
        assertThat(importing(sample())).isEqualTo(new ImportResult.Imported(0, 12, 0));
        assertThat(all()).hasSize(12);
    }

    @Test
    void eachComplaintsStateComesFromItsOutcomeStagesAndTheOmbudsman() {
        importing(sample());
        Map<String, ComplaintState> states =
                all().stream().collect(Collectors.toMap(c -> c.reference().toString(), Complaint::state));
        assertThat(states)
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("CF/09/001", ComplaintState.CLOSED),
                        Map.entry("CF/09/002", ComplaintState.CLOSED),
                        Map.entry("CF/09/003", ComplaintState.CLOSED), // the Ombudsman decided: not upheld
                        Map.entry("CF/09/004", ComplaintState.WITHDRAWN),
                        Map.entry("CF/09/005", ComplaintState.CLOSED), // corporate, decided
                        Map.entry("CF/09/006", ComplaintState.CLOSED),
                        Map.entry("CF/09/007, amended", ComplaintState.NOT_INVESTIGATED),
                        Map.entry("CF/09/008", ComplaintState.STAGE1_OPEN), // ongoing, no response yet
                        Map.entry("CF/09/009", ComplaintState.CLOSED), // premature: back to where it was
                        Map.entry("CF/09/010", ComplaintState.CLOSED), // schools, outcome not known
                        Map.entry("CF/09/011", ComplaintState.STAGE2_INVESTIGATING),
                        Map.entry("CF/09/012", ComplaintState.WITH_OMBUDSMAN)));
    }

    @Test
    void everyFieldTheReportReadsIsKeptAndNoPersonalDetailsAreInvented() {
        importing(sample());
        Complaint c = byReference("CF/09/002");
        assertThat(c.intake().imported()).isTrue();
        assertThat(c.intake().complainant().relationship()).isEqualTo(Relationship.GRANDPARENT);
        assertThat(c.intake().complainant().name()).isNull();
        assertThat(c.intake().complainant().email()).isNull();
        assertThat(c.intake().child().ageBand()).isEqualTo(AgeBand.AGE_0_4);
        assertThat(c.intake().child().gender()).isEqualTo(Gender.MALE);
        assertThat(c.intake().team().value()).isEqualTo("ECF");
        assertThat(c.intake().issues()).containsExactly(IssueCategory.STANDARDS, IssueCategory.DECISION);
        assertThat(c.parts().stage1().respondedOn()).isEqualTo(LocalDate.of(2009, 6, 1));
        assertThat(c.parts().stage1().isExtended()).isTrue();
        assertThat(c.parts().stage2().requestedOn()).isEqualTo(LocalDate.of(2009, 6, 15));
        assertThat(c.parts().stage2().respondedOn()).isEqualTo(LocalDate.of(2009, 7, 20));
        assertThat(c.parts().stage2().costPounds()).isEqualTo(1850L);
        assertThat(c.outcome()).isEqualTo(Outcome.PARTIALLY_UPHELD);
        assertThat(c.timeline()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("imported");
            assertThat(e.actor()).isEqualTo("officer (import of past complaints)");
        });

        Complaint referred = byReference("CF/09/003");
        assertThat(referred.parts().stage3().requestedOn()).isEqualTo(LocalDate.of(2009, 9, 14));
        assertThat(referred.parts().ombudsman().referredOn()).isEqualTo(LocalDate.of(2009, 12, 1));
        assertThat(referred.parts().ombudsman().decision()).isEqualTo(OmbudsmanDecision.NOT_UPHELD);
        assertThat(byReference("CF/09/001").parts().stage1().isExtended()).isFalse();
        assertThat(byReference("CF/09/012").intake().team().value()).isEqualTo("Huntingdon");
        assertThat(byReference("CF/09/012").intake().issues())
                .containsExactly(IssueCategory.COMMUNICATION, IssueCategory.DECISION);
        assertThat(byReference("CF/09/008").outcome()).isEqualTo(Outcome.ONGOING);
        assertThat(byReference("CF/09/010").outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void theSameComplainantIdInAnyCaseIsOnePersonAndAnEmailIdMatchesThatEmailOnline() {
        importing(sample());
        String first = byReference("CF/09/001").intake().complainant().personKey();
        assertThat(first).isNotNull();
        assertThat(byReference("CF/09/003").intake().complainant().personKey()).isEqualTo(first);
        assertThat(byReference("CF/09/009").intake().complainant().personKey()).isEqualTo(first);
        assertThat(byReference("CF/09/002").intake().complainant().personKey()).isNotEqualTo(first);
        assertThat(PersonKeys.ofImportedId(" Pat@Example.org ")).isEqualTo(PersonKeys.of("pat@example.org", null));
        assertThat(PersonKeys.ofImportedId("P-1001")).isNotEqualTo(PersonKeys.of("P-1001", null));
    }

    @Test
    void importedHistoryOwesNothingAndNeverFallsDue() {
        importing(sample());
        assertThat(complaints.findDueBy(LocalDate.of(2099, 12, 31), null, 100).items())
                .isEmpty();
        assertThat(complaints.withOutbox(null, 100).ids()).isEmpty();
        assertThat(all()).allSatisfy(c -> {
            assertThat(c.nextDeadline()).isEmpty();
            assertThat(c.parts().outbox()).isEmpty();
        });
    }

    @Test
    void aFileWithBadRowsStoresNothingAndReportsEveryBadRowWithItsLineAndColumn() {
        List<String> lines = new ArrayList<>(sample().lines().toList());
        lines.set(2, lines.get(2).replace("2009-05-06", "06/05/2009")); // line 3
        lines.set(4, lines.get(4).replace(",child,", ",aunt,").replace(",yes,", ",Y,")); // line 5
        lines.set(6, lines.get(6).replace(",16+,", ",Fostering,")); // line 7
        lines.set(8, lines.get(8).replace("2009-11-11", "2009-02-30")); // line 9
        lines.set(10, lines.get(10).replace("other,,no", "other;complaints,,no")); // line 11
        lines.set(11, lines.get(11).replace("2010-03-01,,", "2010-03-01,2010-02-27,£900")); // line 12
        lines.add("CF/09/001,2030-01-01,letter,statutory_childrens,X,parent_carer,no,5-9,female,,,,no,upheld,,,,,,");
        lines.add("CF/09/014,2009-04-01,letter,statutory_childrens,X,parent_carer,no,5-9,female,,,2009-03-31,no,"
                + "ongoing,,,,,,no_further_action");
        lines.add("CF/09/015,2009-04-01,letter");
        lines.add(
                "CSC-2009-0001,2009-04-01,letter,statutory_childrens,X,parent_carer,no,5-9,female,,,,no,upheld,,,,,,");
        lines.add("CF/09/001,2009-04-01,letter,statutory_childrens,X,parent_carer,no,5-9,female,,,,no,upheld,,,,,,");

        ImportResult result = importing(String.join("\r\n", lines));

        assertThat(result).isInstanceOf(ImportResult.Rejected.class);
        List<ImportProblem> problems = ((ImportResult.Rejected) result).problems();
        assertThat(problems)
                .extracting(ImportProblem::line, ImportProblem::column)
                .containsExactly(
                        tuple(3, "received_on"),
                        tuple(5, "complainant_relationship"),
                        tuple(5, "via_advocate"),
                        tuple(7, "team"),
                        tuple(9, "received_on"),
                        tuple(11, "issues"),
                        tuple(12, "stage2_cost_gbp"),
                        tuple(12, "stage2_completed_on"),
                        tuple(14, "received_on"),
                        tuple(14, "reference"),
                        tuple(15, "stage1_responded_on"),
                        tuple(15, "lgo_decision"),
                        tuple(15, "outcome"),
                        tuple(16, null),
                        tuple(17, "reference"));
        assertThat(problems.get(0).message()).isEqualTo("Write the date as YYYY-MM-DD, for example 2009-11-23");
        assertThat(problems.get(4).message()).contains("does not exist");
        assertThat(problems.get(7).message()).isEqualTo("The date is before stage2_requested_on: check both dates");
        assertThat(problems.get(8).message()).contains("after today (2027-01-04)");
        assertThat(problems.get(9).message())
                .isEqualTo("Column 'reference': 2 rows have this problem, first at lines 14, 18. The same reference is "
                        + "on line 2 (references are compared ignoring capitals and surrounding spaces): each complaint "
                        + "must appear once in the file");
        assertThat(problems.get(13).message()).startsWith("The row has 3 fields but the header has 20");
        assertThat(problems.get(14).message()).contains("this service's own");
        // No value from the file is repeated back: they may be about a person.
        assertThat(problems)
                .extracting(ImportProblem::message)
                .noneMatch(m -> m.contains("aunt") || m.contains("Fostering") || m.contains("06/05/2009"));
        assertThat(all()).isEmpty();
    }

    @Test
    void aHeaderWithMissingOrUnknownColumnsIsReportedColumnByColumnAndNoRowIsRead() {
        String csv = sample().replaceFirst("complainant_id", "person").replaceFirst(",lgo_decision", "");
        ImportResult result = importing(csv);
        assertThat(((ImportResult.Rejected) result).problems())
                .extracting(ImportProblem::line, ImportProblem::column)
                .containsExactly(tuple(1, null), tuple(1, "complainant_id"), tuple(1, "lgo_decision"));
        assertThat(((ImportResult.Rejected) result).problems().get(0).message())
                .startsWith("The column 'person' is not one of the import's columns");
        assertThat(importing("CF/1,2009-04-01,letter\n"))
                .isEqualTo(new ImportResult.Rejected(List.of(new ImportProblem(
                        1,
                        null,
                        "Line 1 must be the header row, naming the columns: "
                                + String.join(",", ImportingPastComplaints.columns())))));
        assertThat(importing("")).isInstanceOf(ImportResult.Rejected.class);
        assertThat(importing(sample().lines().findFirst().orElseThrow() + "\n"))
                .isEqualTo(new ImportResult.Rejected(List.of(new ImportProblem(
                        2, null, "The file has a header but no complaints: add one row per complaint under it"))));
        assertThat(all()).isEmpty();
    }

    @Test
    void headerNamesMatchInAnyOrderAndAnyCase() {
        List<String> lines = sample().lines().toList();
        String header = lines.get(0).toUpperCase();
        assertThat(importing(header + "\n" + String.join("\n", lines.subList(1, lines.size()))))
                .isEqualTo(new ImportResult.Imported(12, 0, 0));
        String swapped = "received_on,reference,route,procedure,complainant_id,complainant_relationship,via_advocate,"
                + "child_age_band,child_gender,team,issues,stage1_responded_on,stage1_extended,outcome,"
                + "stage2_requested_on,stage2_completed_on,stage2_cost_gbp,stage3_requested_on,lgo_referred_on,"
                + "lgo_decision\n2009-04-20,OLD-77,letter,statutory_childrens,Q-1,parent_carer,no,5-9,female,,,,no,"
                + "upheld,,,,,,\n";
        assertThat(importing(swapped)).isEqualTo(new ImportResult.Imported(1, 0, 0));
        assertThat(byReference("OLD-77").intake().receivedOn()).isEqualTo(LocalDate.of(2009, 4, 20));
    }

    @Test
    void onlyTheComplaintsTeamMayImport() {
        byte[] file = sample().getBytes(StandardCharsets.UTF_8);
        StaffMember manager = new StaffMember(
                "huntingdon-manager",
                Set.of(Role.RESPONDING_MANAGER),
                Set.of(new uk.childrenscomplaints.complaint.model.TeamName("Huntingdon")));
        StaffMember director = new StaffMember("director", Set.of(Role.DIRECTOR), Set.of());
        assertThat(importing.importFile(manager, file)).isInstanceOf(ImportResult.Forbidden.class);
        assertThat(importing.importFile(director, file)).isInstanceOf(ImportResult.Forbidden.class);
        assertThat(all()).isEmpty();
    }

    @Test
    void anImportedReferenceIsKeptAsItWasAndItsIdIsTheSameEveryTime() {
        Reference legacy = Reference.legacy("  CF/09/007, amended ");
        assertThat(legacy.toString()).isEqualTo("CF/09/007, amended");
        assertThat(legacy.isLegacy()).isTrue();
        assertThat(Reference.restore("CF/09/007, amended")).isEqualTo(legacy);
        assertThat(Reference.restore("CSC-2026-0042")).isEqualTo(new Reference(2026, 42));
        assertThat(ComplaintId.fromImportedReference(legacy))
                .isEqualTo(ComplaintId.fromImportedReference(Reference.legacy("CF/09/007, amended")))
                .isNotEqualTo(ComplaintId.fromImportedReference(Reference.legacy("CF/09/007")));
    }
}
