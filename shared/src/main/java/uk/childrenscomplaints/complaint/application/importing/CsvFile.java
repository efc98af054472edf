package uk.childrenscomplaints.complaint.application.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as RFC 4180 writes it, read by Apache Commons CSV: fields separated by commas, any field may be in double
 * quotes, a quote inside a quoted field is written twice, and a quoted field may hold commas and line breaks (CRLF, LF
 * or CR). The file is UTF-8, with or without a byte-order mark (spreadsheets save "CSV UTF-8" with one).
 *
 * <p>It never stops at the first fault: every record comes back with the physical line it starts on (the header is
 * line 1), and every fault with its line, so a person can fix them all in one go. A blank line between records is
 * skipped. Commons CSV stops at a malformed record; reading then starts again on the next line. It also takes a
 * double quote inside an unquoted field, or a space after a closing quote, without complaint; RFC 4180 does not, and
 * a spreadsheet never writes either, so each record's fields are matched back against its text to report them.
 */
public record CsvFile(List<Record> records, List<Problem> problems) {
    private static final char BOM = '\uFEFF';
    private static final char REPLACEMENT = '\uFFFD';
    private static final char QUOTE = '"';
    /** RFC 4180, with blank lines given back as records so that each record's first line is known; skipped here. */
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    static final String QUOTE_IN_THE_MIDDLE = "A field has a double quote in its middle: put the whole field in double "
            + "quotes and write the quote twice (\"\"), as spreadsheets do when saving CSV";
    static final String TEXT_AFTER_QUOTES = "A quoted field is followed by more text before the next comma: put the "
            + "whole field in double quotes and write any quote inside it twice (\"\")";
    static final String NEVER_CLOSED =
            "A quoted field that starts on this line is never closed: add the closing " + "double quote";
    static final String NOT_UTF8 = "This row has characters that are not UTF-8: save the file as \"CSV UTF-8\"";

    public CsvFile {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
    }

    /** One record: the line it starts on and its fields, unquoted (none when the record could not be read). */
    public record Record(int line, List<String> fields) {
        public Record {
            fields = List.copyOf(fields);
        }
    }

    /** A fault in the file's form, on the line where its record starts. */
    public record Problem(int line, String message) {}

    public boolean hasProblemOn(int line) {
        return problems.stream().anyMatch(p -> p.line() == line);
    }

    public static CsvFile read(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return read(decoder.decode(ByteBuffer.wrap(bytes == null ? new byte[0] : bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder does not throw", e);
        }
    }

    public static CsvFile read(String text) {
        return new Reading(text.isEmpty() || text.charAt(0) != BOM ? text : text.substring(1)).run();
    }

    /** The text's physical lines (CRLF, LF or a lone CR each end one, as Commons CSV counts them) and the records. */
    private static final class Reading {
        private final String text;
        private final List<Integer> lineStarts = new ArrayList<>();
        private final List<Record> records = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();

        Reading(String text) {
            this.text = text;
            lineStarts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    lineStarts.add(i + 1);
                }
            }
        }

        CsvFile run() {
            int skipped = 0;
            while (skipped < lineStarts.size() && lineStarts.get(skipped) < text.length()) {
                skipped = readFrom(skipped);
            }
            return new CsvFile(records, problems);
        }

        /**
         * Reads records from the start of line {@code skipped + 1}; answers where to go on from after a malformed
         * record, or the end.
         */
        private int readFrom(int skipped) {
            String rest = text.substring(lineStarts.get(skipped));
            try (CSVParser parser = CSVParser.builder()
                    .setReader(new StringReader(rest))
                    .setFormat(FORMAT)
                    .get()) {
                Iterator<CSVRecord> it = parser.iterator();
                while (true) {
                    int line = skipped + (int) parser.getCurrentLineNumber() + 1;
                    CSVRecord record;
                    try {
                        if (!it.hasNext()) {
                            return lineStarts.size();
                        }
                        record = it.next();
                    } catch (UncheckedIOException e) {
                        boolean atTheEnd = e.getCause() != null
                                && String.valueOf(e.getCause().getMessage())
                                        .contains("EOF reached before encapsulated token finished");
                        records.add(new Record(line, List.of()));
                        problems.add(new Problem(line, atTheEnd ? NEVER_CLOSED : TEXT_AFTER_QUOTES));
                        int errorLine = skipped + (int) parser.getCurrentLineNumber();
                        return atTheEnd ? lineStarts.size() : Math.max(skipped + 1, errorLine);
                    }
                    add(line, record.toList());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading a string does not fail", e);
            }
        }

        private void add(int line, List<String> fields) {
            if (fields.isEmpty() || (fields.size() == 1 && fields.get(0).isEmpty())) {
                return;
            }
            records.add(new Record(line, fields));
            String unlike = unlikeRfc4180(lineStarts.get(line - 1), fields);
            if (unlike != null) {
                problems.add(new Problem(line, unlike));
            } else if (fields.stream().anyMatch(f -> f.indexOf(REPLACEMENT) >= 0)) {
                problems.add(new Problem(line, NOT_UTF8));
            }
        }

        /**
         * Matches the fields Commons CSV read back against the record's text: a field that starts with a quote is
         * quoted and ends at its closing quote, which a comma (or the record's end) must follow; any other field is
         * its value as it stands, which then has no quote in it.
         */
        private String unlikeRfc4180(int at, List<String> fields) {
            for (int i = 0; i < fields.size(); i++) {
                String value = fields.get(i);
                if (at < text.length() && text.charAt(at) == QUOTE) {
                    at += value.length()
                            + (int) value.chars().filter(c -> c == QUOTE).count()
                            + 2;
                } else {
                    if (value.indexOf(QUOTE) >= 0) {
                        return QUOTE_IN_THE_MIDDLE;
                    }
                    at += value.length();
                }
                boolean last = i == fields.size() - 1;
                char next = at < text.length() ? text.charAt(at) : '\n';
                if (last ? next != '\n' && next != '\r' : next != ',') {
                    return TEXT_AFTER_QUOTES;
                }
                at++;
            }
            return null;
        }
    }
}
