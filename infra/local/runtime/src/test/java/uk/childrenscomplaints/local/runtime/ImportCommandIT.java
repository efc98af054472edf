package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.childrenscomplaints.local.standins.SamTemplate;

/**
 * The {@code infra/import-complaints} command, run as a person would run it (bash and curl) against the whole local
 * runtime, with a demo user's token from the runtime's local token endpoint.
 */
class ImportCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path ROOT = SamTemplate.repositoryRoot();
    private static final Path SAMPLE = ROOT.resolve("events/import/past-complaints-sample.csv");
    private static LocalRuntime runtime;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        runtime = LocalRuntime.start(0);
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private record Run(int exit, String out, String err) {}

    private static Run command(Map<String, String> env, String... args) throws Exception {
        List<String> line = new ArrayList<>(
                List.of("bash", ROOT.resolve("infra/import-complaints").toString()));
        line.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(line).directory(ROOT.toFile());
        builder.environment().remove("STAFF_TOKEN");
        builder.environment().putAll(env);
        Process p = builder.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(
                p.exitValue(),
                new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static String api() {
        return runtime.endpoint().toString();
    }

    @Test
    void theSampleFileImportsOnceAndASecondRunFindsEveryRowAlreadyThere() throws Exception {
        String officer = token("officer");

        Run first = command(Map.of(), "--api", api(), "--token", officer, SAMPLE.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo("imported: 12, already present: 0\n");

        // The token may come from STAFF_TOKEN instead.
        Run second = command(Map.of("STAFF_TOKEN", officer), "--api", api(), SAMPLE.toString());
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).isEqualTo("imported: 0, already present: 12\n");

        HttpResponse<String> list = HTTP.send(
                HttpRequest.newBuilder(runtime.endpoint()
                                .resolve("/staff/complaints?receivedFrom=2009-04-01&receivedTo=2010-03-31"))
                        .header("Authorization", "Bearer " + officer)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(list.body()).path("complaints")).hasSize(12);
        // History: the runtime's SES emulator received nothing for any of them.
        assertThat(runtime.standIns().mailbox().emails()).isEmpty();
    }

    @Test
    void aBadFilePrintsEveryProblemByLineAndColumnAndExitsNonZero() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLE));
        lines.set(1, lines.get(1).replace("2009-04-14", "14/04/2009").replace("CF/09/001", "BAD/1"));
        lines.set(5, lines.get(5).replace(",online,", ",fax,").replace("CF/09/005", "BAD/5"));
        Path bad = dir.resolve("bad.csv");
        Files.write(bad, lines);

        Run run = command(Map.of(), "--api", api(), "--token", token("officer"), bad.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("nothing imported")
                .contains("line 2, column received_on: Write the date as YYYY-MM-DD, for example 2009-11-23")
                .contains("line 6, column route: Use one of: telephone, letter, in_person, online, email");
        HttpResponse<String> list = HTTP.send(
                HttpRequest.newBuilder(runtime.endpoint()
                                .resolve("/staff/complaints?receivedFrom=2009-04-01&receivedTo=2010-03-31"))
                        .header("Authorization", "Bearer " + token("officer"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(list.body()).doesNotContain("BAD/");
    }

    @Test
    void aRoleThatMayNotImportOrAMissingTokenIsRefusedWithANonZeroExit() throws Exception {
        Run manager = command(Map.of(), "--api", api(), "--token", token("huntingdon-manager"), SAMPLE.toString());
        assertThat(manager.exit()).isEqualTo(1);
        assertThat(manager.err()).contains("refused (403)");

        Run noToken = command(Map.of(), "--api", api(), SAMPLE.toString());
        assertThat(noToken.exit()).isEqualTo(2);
        assertThat(noToken.err()).contains("STAFF_TOKEN");

        Run badToken = command(Map.of(), "--api", api(), "--token", "not-a-token", SAMPLE.toString());
        assertThat(badToken.exit()).isEqualTo(1);
        assertThat(badToken.err()).contains("refused (401)");
    }

    private static String token(String user) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(runtime.endpoint().resolve("/local/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).path("token").asText();
    }
}
