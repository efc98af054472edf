package uk.childrenscomplaints.clock.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import uk.childrenscomplaints.clock.model.BankHolidays;
import uk.childrenscomplaints.clock.model.WorkingDayCalendar;

/**
 * Where the bank holidays come from: the file bundled with the release, optionally overlaid by a
 * newer GOV.UK-format file a deployment names at run time, so a newly proclaimed holiday (a state
 * funeral, a coronation) can be added without a release. The newer file wins for the years it
 * covers; the bundled years it does not cover still stand. The location is passed in by the caller
 * from typed configuration; this class never reads the environment itself.
 */
public final class BankHolidaySource {
    static final String BUNDLED = "/clock/bank-holidays-england-and-wales.json";
    private static final BankHolidays BUNDLED_HOLIDAYS =
            BankHolidays.of(BundledBankHolidays.DIVISIONS.get(GovUkBankHolidaysFile.DIVISION));
    private static final int TIMEOUT_MILLIS = 10_000;

    private final Optional<String> override;

    private BankHolidaySource(Optional<String> override) {
        this.override = override;
    }

    /** Only the file bundled with this release. */
    public static BankHolidaySource bundled() {
        return new BankHolidaySource(Optional.empty());
    }

    /**
     * The bundled file overlaid by {@code location}: a filesystem path, a {@code file:} URL or an
     * {@code https:} URL. Plain {@code http:} is refused because the file sets statutory deadlines,
     * except on this machine ({@code localhost}, {@code 127.0.0.1}), where the local runtime and the
     * tests serve one.
     */
    public static BankHolidaySource withOverride(String location) {
        Objects.requireNonNull(location, "location");
        if (location.isBlank()) {
            throw new IllegalArgumentException("Bank holiday override location is blank");
        }
        checkLocation(location.trim());
        return new BankHolidaySource(Optional.of(location.trim()));
    }

    /** Refuses a location that is neither a path, a {@code file:} URL, an {@code https:} URL nor a loopback one. */
    static void checkLocation(String location) {
        String lower = location.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("https:") || lower.startsWith("file:") || isLoopbackHttp(lower)) {
            return;
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            throw new ReferenceFileException(location, "only https: and file: URLs, or a file path, are accepted");
        }
    }

    private static boolean isLoopbackHttp(String lower) {
        return lower.startsWith("http://localhost:")
                || lower.startsWith("http://localhost/")
                || lower.startsWith("http://127.0.0.1:")
                || lower.startsWith("http://127.0.0.1/");
    }

    /** Bundled alone when {@code location} is empty or blank; convenient for optional configuration. */
    public static BankHolidaySource of(Optional<String> location) {
        return location.filter(l -> !l.isBlank())
                .map(BankHolidaySource::withOverride)
                .orElseGet(BankHolidaySource::bundled);
    }

    public BankHolidays load() {
        BankHolidays bundled = loadBundled();
        if (override.isEmpty()) {
            return bundled;
        }
        String location = override.get();
        BankHolidays newer = loadFrom(location);
        try {
            return bundled.overlaidWith(newer);
        } catch (IllegalArgumentException e) {
            throw new ReferenceFileException(location, e.getMessage(), e);
        }
    }

    /** The published data alone: dates outside it are refused. */
    public WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(load());
    }

    /** The published data, then holidays by rule (provisional) up to ten years after {@code today} (decision 022). */
    public WorkingDayCalendar calendar(java.time.LocalDate today) {
        return WorkingDayCalendar.withRules(load(), today);
    }

    /** Compiled from the bundled file at build time (decision 038): nothing is parsed at start. */
    private static BankHolidays loadBundled() {
        return BUNDLED_HOLIDAYS;
    }

    private static BankHolidays loadFrom(String location) {
        try (InputStream in = open(location)) {
            return GovUkBankHolidaysFile.parse(in, location);
        } catch (IOException e) {
            throw new ReferenceFileException(location, "could not be read (" + e.getMessage() + ")", e);
        }
    }

    private static InputStream open(String location) throws IOException {
        String lower = location.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("https:") || lower.startsWith("file:") || isLoopbackHttp(lower)) {
            try {
                URLConnection connection = new URI(location).toURL().openConnection();
                connection.setConnectTimeout(TIMEOUT_MILLIS);
                connection.setReadTimeout(TIMEOUT_MILLIS);
                return connection.getInputStream();
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new ReferenceFileException(location, "not a valid URL", e);
            }
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            throw new ReferenceFileException(location, "only https: and file: URLs, or a file path, are accepted");
        }
        return Files.newInputStream(Path.of(location));
    }
}
