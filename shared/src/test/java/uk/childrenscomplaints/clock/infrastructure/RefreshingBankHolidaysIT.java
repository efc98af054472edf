package uk.childrenscomplaints.clock.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deployment's holiday file, re-read cheaply: a conditional GET over real HTTP, and a file by its mtime. */
class RefreshingBankHolidaysIT {
    private static final LocalDate TUE_2026_12_01 = LocalDate.of(2026, 12, 1);
    private static final String WITHOUT = file("");
    private static final String WITH = file(", {\"title\": \"Proclaimed\", \"date\": \"2026-12-01\"}");

    private HttpServer server;
    private volatile String served = WITHOUT;
    private volatile int status = 200;
    private final List<String> conditions = new CopyOnWriteArrayList<>();
    private final AtomicInteger bodies = new AtomicInteger();

    @TempDir
    Path dir;

    private static String file(String extra) {
        return "{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": ["
                + "{\"title\": \"New Year\", \"date\": \"2026-01-01\"}, {\"title\": \"Christmas\", \"date\":"
                + " \"2026-12-25\"}" + extra + "]}}";
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/bank-holidays.json", exchange -> {
            String body = served;
            String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
            String asked = exchange.getRequestHeaders().getFirst("If-None-Match");
            conditions.add(asked == null ? "-" : asked.equals(etag) ? "same" : "other");
            if (status != 200) {
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("ETag", etag);
            if (etag.equals(asked)) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            bodies.incrementAndGet();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/bank-holidays.json";
    }

    @Test
    void anUnchangedFileIsAskedForWithItsETagAndNotSentAgain() {
        RefreshingBankHolidays holidays = RefreshingBankHolidays.of(Optional.of(url()));

        String first = holidays.calendar(LocalDate.of(2026, 11, 27)).version();
        String second = holidays.calendar(LocalDate.of(2026, 11, 27)).version();

        assertThat(second).isEqualTo(first);
        assertThat(conditions).containsExactly("-", "same");
        assertThat(bodies.get()).isEqualTo(1);
    }

    @Test
    void aHolidayAddedToTheServedFileIsCountedOnTheNextRead() {
        RefreshingBankHolidays holidays = RefreshingBankHolidays.of(Optional.of(url()));
        String before = holidays.calendar(LocalDate.of(2026, 11, 27)).version();
        assertThat(holidays.load().dates()).doesNotContain(TUE_2026_12_01);

        served = WITH;

        assertThat(holidays.load().dates()).contains(TUE_2026_12_01);
        assertThat(holidays.calendar(LocalDate.of(2026, 11, 27)).version()).isNotEqualTo(before);
        assertThat(conditions).containsExactly("-", "same", "other", "same");
    }

    @Test
    void whenTheServerFailsLaterTheCopyReadEarlierStillStands() {
        served = WITH;
        RefreshingBankHolidays holidays = RefreshingBankHolidays.of(Optional.of(url()));
        holidays.load();

        status = 503;

        assertThat(holidays.load().dates()).contains(TUE_2026_12_01);
    }

    @Test
    void aFileNeverReadStopsTheCallerNamingTheLocation() {
        status = 404;
        RefreshingBankHolidays holidays = RefreshingBankHolidays.of(Optional.of(url()));

        assertThatThrownBy(holidays::load)
                .isInstanceOf(ReferenceFileException.class)
                .hasMessageContaining("HTTP 404");
    }

    @Test
    void aLocalFileIsReadAgainOnlyWhenItChanges() throws IOException {
        Path file = Files.writeString(dir.resolve("bank-holidays.json"), WITHOUT);
        RefreshingBankHolidays holidays = RefreshingBankHolidays.of(Optional.of(file.toString()));
        assertThat(holidays.load().dates()).doesNotContain(TUE_2026_12_01);

        Files.writeString(file, WITH);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));

        assertThat(holidays.load().dates()).contains(TUE_2026_12_01);
    }

    @Test
    void plainHttpToAnotherMachineIsRefused() {
        assertThatThrownBy(() -> RefreshingBankHolidays.of(Optional.of("http://example.org/bank-holidays.json")))
                .isInstanceOf(ReferenceFileException.class)
                .hasMessageContaining("https:");
    }

    @Test
    void aBlankLocationMeansTheBundledFileOnly() {
        assertThat(RefreshingBankHolidays.of(Optional.of("  ")).load())
                .isEqualTo(BankHolidaySource.bundled().load());
    }
}
