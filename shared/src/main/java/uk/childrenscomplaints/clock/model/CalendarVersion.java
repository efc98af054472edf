package uk.childrenscomplaints.clock.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * A short name for the holidays a calendar counts on: the first 12 hex digits of a SHA-256 of the published dates,
 * the years they cover and the rules that fill the years after. The provisional years follow from those three, so a
 * new holiday, a removed one, or a provisional year turning into published data each give a new version; the moving
 * ten-year horizon does not, so the version stays put from one day to the next.
 */
public final class CalendarVersion {
    private CalendarVersion() {}

    public static String of(BankHolidays published, String rules) {
        StringBuilder text = new StringBuilder()
                .append("rules=")
                .append(rules)
                .append(";published=")
                .append(published.firstCovered())
                .append("..")
                .append(published.lastCovered())
                .append(';');
        for (LocalDate d : new TreeSet<>(published.dates())) {
            text.append(d).append(',');
        }
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
