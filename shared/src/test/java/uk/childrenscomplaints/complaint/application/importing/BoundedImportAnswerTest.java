package uk.childrenscomplaints.complaint.application.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.InMemoryComplaints;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.Reference;
import uk.childrenscomplaints.complaint.model.SampleTeams;

/**
 * An import's refusal stays small however bad the file (issue 13, finding 7): 40,000 rows with a wrong date made a
 * 9.3 MB answer, and 100,000 unknown columns turned 689 KB into 42.9 MB. The sizes here are of the problems' text,
 * which is what the API and the page carry.
 */
class BoundedImportAnswerTest {
    private static final int LIMIT = 64 * 1024;

    private final InMemoryComplaints complaints = new InMemoryComplaints();
    private final ImportingPastComplaints importing =
            new ImportingPastComplaints(complaints, SampleTeams.SEED, ImportingPastComplaintsTest.MON_2027_01_04);

    private ImportResult.Rejected rejected(String csv) {
        long start = System.nanoTime();
        ImportResult result =
                importing.importFile(ImportingPastComplaintsTest.OFFICER, csv.getBytes(StandardCharsets.UTF_8));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(result).isInstanceOf(ImportResult.Rejected.class);
        return (ImportResult.Rejected) result;
    }

    private static int size(ImportResult.Rejected r) {
        return r.problems().stream()
                .mapToInt(p -> p.message().length()
                        + (p.column() == null ? 0 : p.column().length())
                        + 30)
                .sum();
    }

    private static String header() {
        return String.join(",", ImportingPastComplaints.columns());
    }

    @Test
    void fortyThousandRowsWithADateNotAsYyyyMmDdAreOneProblemNamingTheColumnAndTheFirstLines() {
        StringBuilder csv = new StringBuilder(header()).append('\n');
        for (int i = 0; i < 40_000; i++) {
            csv.append("CF/")
                    .append(i)
                    .append(",01/04/2009,letter,statutory_childrens,X")
                    .append(i)
                    .append(",parent_carer,no,5-9,female,,,,no,upheld,,,,,,\n");
        }

        ImportResult.Rejected r = rejected(csv.toString());

        assertThat(r.total()).isEqualTo(40_000);
        assertThat(r.notShown()).isZero();
        assertThat(r.problems()).hasSize(1);
        ImportProblem only = r.problems().get(0);
        assertThat(only.line()).isEqualTo(2);
        assertThat(only.column()).isEqualTo("received_on");
        assertThat(only.message())
                .isEqualTo("Column 'received_on': 40,000 rows have this problem, first at lines 2, 3, 4, 5, 6, 7, 8, "
                        + "9, 10, 11, .... Write the date as YYYY-MM-DD, for example 2009-11-23");
        assertThat(size(r)).isLessThan(LIMIT);
    }

    @Test
    void aFileOfManyDifferentProblemsShowsTheFirstHundredAndCountsTheRest() {
        StringBuilder csv = new StringBuilder(header()).append('\n');
        for (int i = 0; i < 40_000; i++) {
            // 21 to 520 fields: 500 different problems, 80 rows each.
            csv.append("CF/").append(i).append(",".repeat(20 + i % 500)).append('\n');
        }

        ImportResult.Rejected r = rejected(csv.toString());

        assertThat(r.total()).isEqualTo(40_000);
        assertThat(r.problems()).hasSize(ImportProblems.MAX_SHOWN);
        assertThat(r.problems().get(0).message()).startsWith("80 rows have this problem, first at lines 2, 502, 1002,");
        assertThat(r.notShown()).isEqualTo(40_000 - 100 * 80);
        assertThat(size(r)).isLessThan(LIMIT);
    }

    @Test
    void fortyThousandCopiesOfOneReferenceAreOneProblemAndNothingIsStored() {
        StringBuilder csv = new StringBuilder(header()).append('\n');
        for (int i = 0; i < 40_000; i++) {
            csv.append("CF/1,2009-04-01,letter,statutory_childrens,X,parent_carer,no,5-9,female,,,,no,upheld,,,,,,\n");
        }

        ImportResult.Rejected r = rejected(csv.toString());

        assertThat(r.total()).isEqualTo(39_999);
        assertThat(r.problems()).hasSize(1);
        assertThat(r.problems().get(0).message()).startsWith("Column 'reference': 39,999 rows have this problem");
        assertThat(complaints.find(ComplaintId.fromImportedReference(Reference.legacy("CF/1"))))
                .isEmpty();
    }

    @Test
    void aHeaderOfOneHundredThousandUnknownColumnsIsOneProblemNamingTheFirstTwenty() {
        StringBuilder csv = new StringBuilder(header());
        for (int i = 0; i < 100_000; i++) {
            csv.append(",extra_column_").append(i);
        }
        csv.append('\n');

        ImportResult.Rejected r = rejected(csv.toString());

        assertThat(r.problems()).hasSize(1);
        String message = r.problems().get(0).message();
        assertThat(message)
                .startsWith("100,000 columns are not the import's (the first 20: 'extra_column_0', 'extra_column_1',")
                .contains("'extra_column_19')")
                .doesNotContain("extra_column_20'");
        assertThat(size(r)).isLessThan(LIMIT);
    }

    @Test
    void aHeaderGivingTheReferenceColumnTenThousandTimesIsOneProblem() {
        String csv = header() + ",reference".repeat(10_000) + "\n";

        assertThat(rejected(csv).problems())
                .extracting(ImportProblem::message)
                .containsExactly("The column appears more than once: keep one");
    }

    @Test
    void referencesDifferingOnlyInCapitalsAndSpacesAreOneComplaintAndTheFileIsRefusedNamingBothLines() {
        String row = ",2009-04-01,letter,statutory_childrens,X,parent_carer,no,5-9,female,,,,no,upheld,,,,,,\n";
        String csv = header() + "\nSEC/11" + row + "\"sec/11 \"" + row;

        ImportResult.Rejected r = rejected(csv);

        assertThat(r.problems()).hasSize(1);
        assertThat(r.problems().get(0).line()).isEqualTo(3);
        assertThat(r.problems().get(0).column()).isEqualTo("reference");
        assertThat(r.problems().get(0).message()).startsWith("The same reference is on line 2");
        assertThat(ComplaintId.fromImportedReference(Reference.legacy("sec/11 ")))
                .isEqualTo(ComplaintId.fromImportedReference(Reference.legacy("SEC/11")));
    }

    @Test
    void aReceivedDateBeforeApril2008OrWithAHiddenCharacterInTheComplainantIdIsRefused() {
        String csv = header() + "\nCF/1,0001-01-01,letter,statutory_childrens,X,parent_carer,no,5-9,female,,,,no,"
                + "upheld,,,,,,\nCF/2,2009-04-01,letter,statutory_childrens,X\u202E,parent_carer,no,5-9,female,,,,no,"
                + "upheld,,,,,,\n";

        List<ImportProblem> problems = rejected(csv).problems();

        assertThat(problems)
                .extracting(ImportProblem::line, ImportProblem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "received_on"),
                        org.assertj.core.groups.Tuple.tuple(3, "complainant_id"));
        assertThat(problems.get(0).message()).startsWith("The date is before 2008-04-01");
        assertThat(problems.get(1).message())
                .isEqualTo("Remove the hidden text-direction character from 'complainant_id'");
    }
}
