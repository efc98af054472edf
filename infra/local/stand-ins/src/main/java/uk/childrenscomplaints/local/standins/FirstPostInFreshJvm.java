package uk.childrenscomplaints.local.standins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a function's first-request driver in a JVM of its own (Lambda's flags, this JVM's class path and AWS settings,
 * the stand-ins' endpoints), for the priming tests that count the classes a first request loads with and without
 * priming. The driver's arguments are the mode, the DynamoDB, SES and event bus endpoints and the table; it prints one
 * line {@code FIRST_POST status=<code> new_classes=<count>}.
 */
public final class FirstPostInFreshJvm {
    private static final Pattern LINE = Pattern.compile("FIRST_POST status=(\\d+) new_classes=(\\d+)");

    /** What the driver printed: the first request's answer and the classes it loaded, with its whole output. */
    public record FirstPost(int status, int newClasses, String output) {}

    private FirstPostInFreshJvm() {}

    public static FirstPost run(Class<?> driver, String mode, LocalAws aws, LocalEventBus bus, String table)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(
                java.toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Daws.region=" + System.getProperty("aws.region"),
                "-Daws.accessKeyId=" + System.getProperty("aws.accessKeyId"),
                "-Daws.secretAccessKey=" + System.getProperty("aws.secretAccessKey"),
                "-cp",
                System.getProperty("java.class.path"),
                driver.getName(),
                mode,
                aws.dynamoEndpoint().toString(),
                aws.sesEndpoint().toString(),
                bus.endpoint().toString(),
                table);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(driver.getSimpleName() + " did not end within 120 s:\n" + output);
        }
        Matcher m = LINE.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException(driver.getSimpleName() + " printed no FIRST_POST line:\n" + output);
        }
        return new FirstPost(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), output);
    }
}
