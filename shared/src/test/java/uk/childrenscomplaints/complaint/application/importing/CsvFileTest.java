package uk.childrenscomplaints.complaint.application.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    private static List<List<String>> fields(CsvFile r) {
        return r.records().stream().map(CsvFile.Record::fields).toList();
    }

    private static List<Integer> lines(CsvFile r) {
        return r.records().stream().map(CsvFile.Record::line).toList();
    }

    @Test
    void plainFieldsSplitOnCommasAndEmptyFieldsSurviveAtEitherEnd() {
        CsvFile r = CsvFile.read("a,b,c\n,x,\n");
        assertThat(fields(r)).containsExactly(List.of("a", "b", "c"), List.of("", "x", ""));
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void aQuotedFieldKeepsCommasDoubledQuotesAndLineBreaksOfEveryKind() {
        CsvFile r = CsvFile.read(
                "ref,note\r\n\"CF/1, amended\",\"She said \"\"no\"\"\r\nthen\nleft\rlater\"\r\nx,\"\"\r\n");
        assertThat(fields(r))
                .containsExactly(
                        List.of("ref", "note"),
                        List.of("CF/1, amended", "She said \"no\"\r\nthen\nleft\rlater"),
                        List.of("x", ""));
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void eachRecordCarriesThePhysicalLineItStartsOnCountingLineBreaksInsideQuotes() {
        // Line 1 header; line 2 a record spanning lines 2-4; line 5 blank (skipped); line 6 a record; CRLF, LF and
        // a lone CR each end one line.
        CsvFile r = CsvFile.read("h1,h2\r\n\"one\ntwo\r\nthree\",x\n\r\nlast,y\rafter,z");
        assertThat(lines(r)).containsExactly(1, 2, 6, 7);
        assertThat(fields(r).get(3)).containsExactly("after", "z");
    }

    @Test
    void aByteOrderMarkIsDroppedAndUtf8IsReadAsUtf8() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "reference,team\nÅsa-1,Çafé\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(text, 0, file, 3, text.length);
        CsvFile r = CsvFile.read(file);
        assertThat(fields(r)).containsExactly(List.of("reference", "team"), List.of("Åsa-1", "Çafé"));
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void bytesThatAreNotUtf8AreReportedOnTheirRecordsLine() {
        byte[] latin1 = "reference\nok\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        CsvFile r = CsvFile.read(latin1);
        assertThat(r.problems())
                .containsExactly(new CsvFile.Problem(
                        3, "This row has characters that are not UTF-8: save the file as \"CSV UTF-8\""));
    }

    @Test
    void anUnclosedQuoteIsReportedOnTheLineWhereItsRecordStarts() {
        CsvFile r = CsvFile.read("a,b\nc,d\n\"never closed,e\nf,g\n");
        assertThat(r.problems()).hasSize(1);
        assertThat(r.problems().get(0).line()).isEqualTo(3);
        assertThat(r.problems().get(0).message()).contains("never closed");
    }

    @Test
    void strayQuotesAreReportedOncePerRecordAndReadingGoesOn() {
        CsvFile r = CsvFile.read("a,b\nab\"c,d\"e\n\"x\"y,z\nfine,row\n");
        assertThat(r.problems()).extracting(CsvFile.Problem::line).containsExactly(2, 3);
        assertThat(r.problems().get(0).message()).contains("double quote in its middle");
        assertThat(r.problems().get(1).message()).contains("followed by more text");
        assertThat(lines(r)).containsExactly(1, 2, 3, 4);
        assertThat(r.hasProblemOn(4)).isFalse();
    }

    @Test
    void aFileWithoutAFinalLineBreakKeepsItsLastRecordAndAnEmptyFileHasNone() {
        assertThat(fields(CsvFile.read("a,b\nc,"))).containsExactly(List.of("a", "b"), List.of("c", ""));
        assertThat(CsvFile.read("").records()).isEmpty();
        assertThat(CsvFile.read(new byte[0]).records()).isEmpty();
        assertThat(CsvFile.read("\n\r\n").records()).isEmpty();
    }

    @Test
    void textAfterAClosingQuoteEvenASpaceIsReportedAndTheNextLinesKeepTheirNumbers() {
        CsvFile r = CsvFile.read("a,b\n\"x\" ,y\n\"multi\nline\",z\n\"p\"q,r\nlast,row");
        assertThat(r.problems()).extracting(CsvFile.Problem::line).containsExactly(2, 5);
        assertThat(r.problems())
                .extracting(CsvFile.Problem::message)
                .allMatch(m -> m.contains("followed by more text"));
        assertThat(lines(r)).containsExactly(1, 2, 3, 5, 6);
        assertThat(fields(r).get(2)).containsExactly("multi\nline", "z");
        assertThat(fields(r).get(4)).containsExactly("last", "row");
    }
}
