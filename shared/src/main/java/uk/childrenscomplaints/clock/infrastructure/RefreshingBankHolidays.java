package uk.childrenscomplaints.clock.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.clock.model.BankHolidays;
import uk.childrenscomplaints.clock.model.WorkingDayCalendar;

/**
 * The bundled bank holidays with the deployment's newer file ({@code BANK_HOLIDAYS_URL}) laid over them, re-read
 * cheaply each time it is asked: an {@code https:} file by a conditional GET (ETag, Last-Modified; a 304 costs no
 * parsing), a local file by its modification time and size. So a holiday proclaimed next week reaches the daily sweep
 * without a release or a cold start (decision 022). When the newer file cannot be read again, the copy last read still
 * stands; only a file never read stops the caller.
 */
public final class RefreshingBankHolidays {
    private static final Logger LOG = LoggerFactory.getLogger(RefreshingBankHolidays.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final BankHolidays bundled;
    private final Optional<String> location;
    private HttpClient http;
    private BankHolidays overlay;
    private String etag;
    private String lastModified;
    private FileTime fileTime;
    private long fileSize = -1;

    private RefreshingBankHolidays(BankHolidays bundled, Optional<String> location) {
        this.bundled = bundled;
        this.location = location;
    }

    /** {@code location} as {@link BankHolidaySource#of}: blank or empty means the bundled file only. */
    public static RefreshingBankHolidays of(Optional<String> location) {
        Optional<String> trimmed = location.map(String::trim).filter(l -> !l.isEmpty());
        trimmed.ifPresent(BankHolidaySource::checkLocation);
        return new RefreshingBankHolidays(BankHolidaySource.bundled().load(), trimmed);
    }

    /** The holidays in force now: the bundled ones, overlaid by the newer file as it stands. */
    public synchronized BankHolidays load() {
        if (location.isEmpty()) {
            return bundled;
        }
        String where = location.get();
        try {
            refresh(where);
        } catch (ReferenceFileException e) {
            if (overlay == null) {
                throw e;
            }
            // Keep counting on the copy read last time: GOV.UK being down must not stop the sweep.
            LOG.warn(
                    "bank holiday file could not be read again; the copy read earlier still stands: {}",
                    e.getMessage());
        }
        try {
            return bundled.overlaidWith(overlay);
        } catch (IllegalArgumentException e) {
            throw new ReferenceFileException(where, e.getMessage(), e);
        }
    }

    /** A calendar over {@link #load()} with rules after the published years, up to ten years after {@code today}. */
    public WorkingDayCalendar calendar(LocalDate today) {
        return WorkingDayCalendar.withRules(load(), today);
    }

    private void refresh(String where) {
        String lower = where.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https:") || lower.startsWith("http:")) {
            refreshOverHttp(where);
        } else {
            refreshFile(lower.startsWith("file:") ? Path.of(URI.create(where)) : Path.of(where), where);
        }
    }

    private void refreshOverHttp(String where) {
        if (http == null) {
            http = HttpClient.newBuilder()
                    .connectTimeout(TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
        }
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(where)).timeout(TIMEOUT).header("Accept", "application/json");
        if (overlay != null && etag != null) {
            request.header("If-None-Match", etag);
        }
        if (overlay != null && lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ReferenceFileException(where, "could not be read (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReferenceFileException(where, "reading was interrupted", e);
        }
        if (response.statusCode() == 304 && overlay != null) {
            return;
        }
        if (response.statusCode() != 200) {
            throw new ReferenceFileException(where, "answered HTTP " + response.statusCode());
        }
        overlay = GovUkBankHolidaysFile.parse(new ByteArrayInputStream(response.body()), where);
        etag = response.headers().firstValue("ETag").orElse(null);
        lastModified = response.headers().firstValue("Last-Modified").orElse(null);
    }

    private void refreshFile(Path path, String where) {
        try {
            FileTime time = Files.getLastModifiedTime(path);
            long size = Files.size(path);
            if (overlay != null && Objects.equals(time, fileTime) && size == fileSize) {
                return;
            }
            try (InputStream in = Files.newInputStream(path)) {
                overlay = GovUkBankHolidaysFile.parse(in, where);
            }
            fileTime = time;
            fileSize = size;
        } catch (IOException e) {
            throw new ReferenceFileException(where, "could not be read (" + e.getMessage() + ")", e);
        }
    }
}
