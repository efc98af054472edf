package uk.childrenscomplaints.complaint.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable reference of a complaint. This service gives {@code CSC-<financial year>-<number>}, for example
 * {@code CSC-2026-0042}. A past complaint imported from an old system keeps the reference it had there, whatever its
 * form: a <em>legacy</em> reference, which has no financial year or number of this service's own ({@code 0} in both).
 *
 * @param legacy the old system's reference exactly as it was (trimmed), or null for a reference this service gave
 */
public record Reference(int financialYear, int number, String legacy) {
    private static final Pattern FORMAT = Pattern.compile("CSC-(\\d{4})-(\\d{4,})");
    /** Long enough for any case system's reference, short enough to sit in a list or an email subject. */
    public static final int LEGACY_MAX_LENGTH = 64;

    public Reference {
        if (legacy != null) {
            if (financialYear != 0 || number != 0) {
                throw new IllegalArgumentException("a legacy reference has no financial year or number of its own");
            }
            legacy = checkedLegacy(legacy);
        } else {
            if (financialYear < 2000 || financialYear > 2999) {
                throw new IllegalArgumentException("financial year out of range");
            }
            if (number < 1) {
                throw new IllegalArgumentException("reference number must be 1 or more");
            }
        }
    }

    /** A reference this service gives. */
    public Reference(int financialYear, int number) {
        this(financialYear, number, null);
    }

    /** A reference typed by someone: only this service's own form is accepted. */
    public static Reference parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim().toUpperCase());
        if (!m.matches()) {
            throw new IllegalArgumentException("a reference looks like CSC-2026-0042");
        }
        return new Reference(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /**
     * An old system's reference, kept as it was. It may not take this service's own form, so an imported complaint can
     * never share a reference with one this service numbers (refused with the reason).
     */
    public static Reference legacy(String text) {
        return new Reference(0, 0, text);
    }

    /** A reference as stored: this service's own form, or else a legacy one (which can never take that form). */
    public static Reference restore(String stored) {
        return stored != null && FORMAT.matcher(stored).matches() ? parse(stored) : legacy(stored);
    }

    /**
     * The reference as two references are compared: trimmed (as it is kept) and in capitals, because an old system's
     * {@code SEC/11} and a spreadsheet's {@code sec/11} are the same complaint. Upper case, so that the references most
     * systems write keep the ids an import gave them before this rule.
     */
    public String matchKey() {
        return toString().toUpperCase(Locale.ROOT);
    }

    public boolean isLegacy() {
        return legacy != null;
    }

    private static String checkedLegacy(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("enter the complaint's reference from the old system");
        }
        if (trimmed.length() > LEGACY_MAX_LENGTH) {
            throw new IllegalArgumentException("a reference can be at most " + LEGACY_MAX_LENGTH + " characters");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl) || !FreeText.isClean(trimmed)) {
            throw new IllegalArgumentException(
                    "a reference cannot contain line breaks, tabs, other control characters or "
                            + "text-direction characters");
        }
        if (FORMAT.matcher(trimmed.toUpperCase()).matches()) {
            throw new IllegalArgumentException("references like CSC-2026-0042 are this service's own; an old system's "
                    + "reference must differ (for example, put OLD- in front of it)");
        }
        return trimmed;
    }

    @Override
    public String toString() {
        return legacy != null ? legacy : String.format("CSC-%d-%04d", financialYear, number);
    }
}
