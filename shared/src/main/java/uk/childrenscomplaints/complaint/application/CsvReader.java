package uk.childrenscomplaints.complaint.application;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file as RFC 4180 writes it: fields separated by commas, any field may be in double quotes, a quote
 * inside a quoted field is written twice, and a quoted field may hold commas and line breaks (CRLF, LF or CR). The file
 * is UTF-8, with or without a byte-order mark (spreadsheets save "CSV UTF-8" with one).
 *
 * <p>It never stops at the first fault: every record comes back with the physical line it starts on (the header is
 * line 1), and every fault with its line, so a person can fix them all in one go. A blank line between records is
 * skipped.
 */
public final class CsvReader {
    private static final char BOM = '\uFEFF';
    private static final char REPLACEMENT = '\uFFFD';

    private CsvReader() {
    }

    /** One record: the line it starts on and its fields, unquoted. */
    public record Record(int line, List<String> fields) {
        public Record {
            fields = List.copyOf(fields);
        }
    }

    /** A fault in the file's form, on the line where its record starts. */
    public record Problem(int line, String message) {
    }

    public record Result(List<Record> records, List<Problem> problems) {
        public Result {
            records = List.copyOf(records);
            problems = List.copyOf(problems);
        }

        public boolean hasProblemOn(int line) {
            return problems.stream().anyMatch(p -> p.line() == line);
        }
    }

    public static Result read(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return read(decoder.decode(ByteBuffer.wrap(bytes == null ? new byte[0] : bytes)).toString());
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder does not throw", e);
        }
    }

    public static Result read(String text) {
        return new Parse(text.isEmpty() || text.charAt(0) != BOM ? text : text.substring(1)).run();
    }

    private enum State {
        FIELD_START, UNQUOTED, QUOTED, AFTER_CLOSING_QUOTE
    }

    /** One pass over the text, counting physical lines as it goes. */
    private static final class Parse {
        private final String text;
        private final List<Record> records = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private List<String> fields = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private State state = State.FIELD_START;
        private int line = 1;
        private int recordLine = 1;
        private boolean recordHasProblem;

        Parse(String text) {
            this.text = text;
        }

        Result run() {
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                boolean lineBreak = c == '\n' || c == '\r';
                int width = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                switch (state) {
                    case FIELD_START -> {
                        if (c == '"') {
                            state = State.QUOTED;
                        } else if (c == ',') {
                            endField();
                        } else if (lineBreak) {
                            endRecord();
                        } else {
                            field.append(c);
                            state = State.UNQUOTED;
                        }
                    }
                    case UNQUOTED -> {
                        if (c == ',') {
                            endField();
                        } else if (lineBreak) {
                            endRecord();
                        } else {
                            if (c == '"') {
                                problem("A field has a double quote in its middle: put the whole field in double "
                                        + "quotes and write the quote twice (\"\"), as spreadsheets do when saving CSV");
                            }
                            field.append(c);
                        }
                    }
                    case QUOTED -> {
                        if (c == '"') {
                            state = State.AFTER_CLOSING_QUOTE;
                        } else {
                            field.append(text, i, i + width);
                        }
                    }
                    case AFTER_CLOSING_QUOTE -> {
                        if (c == '"') {
                            field.append('"');
                            state = State.QUOTED;
                        } else if (c == ',') {
                            endField();
                        } else if (lineBreak) {
                            endRecord();
                        } else {
                            problem("A quoted field is followed by more text before the next comma: put the whole "
                                    + "field in double quotes and write any quote inside it twice (\"\")");
                            field.append(c);
                            state = State.UNQUOTED;
                        }
                    }
                    default -> throw new IllegalStateException();
                }
                if (lineBreak) {
                    line++;
                    if (state != State.QUOTED) {
                        recordLine = line;
                    }
                }
                i += width;
            }
            if (state == State.QUOTED) {
                problem("A quoted field that starts on this line is never closed: add the closing double quote");
            }
            if (state != State.FIELD_START || !fields.isEmpty()) {
                endRecord();
            }
            return new Result(records, problems);
        }

        private void endField() {
            fields.add(field.toString());
            field.setLength(0);
            state = State.FIELD_START;
        }

        private void endRecord() {
            endField();
            boolean blank = fields.size() == 1 && fields.get(0).isEmpty();
            if (!blank) {
                if (fields.stream().anyMatch(f -> f.indexOf(REPLACEMENT) >= 0)) {
                    problem("This row has characters that are not UTF-8: save the file as \"CSV UTF-8\"");
                }
                records.add(new Record(recordLine, fields));
            }
            fields = new ArrayList<>();
            recordHasProblem = false;
        }

        private void problem(String message) {
            if (!recordHasProblem) {
                problems.add(new Problem(recordLine, message));
                recordHasProblem = true;
            }
        }
    }
}
