package uk.childrenscomplaints.complaint.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The readable reference given to complainants, for example {@code CSC-2026-0042}: prefix, financial year, number. */
public record Reference(int financialYear, int number) {
    private static final Pattern FORMAT = Pattern.compile("CSC-(\\d{4})-(\\d{4,})");

    public Reference {
        if (financialYear < 2000 || financialYear > 2999) {
            throw new IllegalArgumentException("financial year out of range");
        }
        if (number < 1) {
            throw new IllegalArgumentException("reference number must be 1 or more");
        }
    }

    public static Reference parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim().toUpperCase());
        if (!m.matches()) {
            throw new IllegalArgumentException("a reference looks like CSC-2026-0042");
        }
        return new Reference(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    @Override
    public String toString() {
        return String.format("CSC-%d-%04d", financialYear, number);
    }
}
