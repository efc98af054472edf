package uk.childrenscomplaints.local.standins;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The lines a piece of work printed on standard output (the functions' log lines), for tests that read them. */
public final class StandardOutput {
    private StandardOutput() {}

    /** Runs {@code work} with stdout captured, and gives back its non-blank lines; stdout is put back afterwards. */
    public static List<String> during(Runnable work) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.out.flush();
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(l -> !l.isBlank())
                .toList();
    }
}
