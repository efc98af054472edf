package uk.childrenscomplaints.complaint.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An address this service may store and send to: one mailbox, {@code local@domain.tld}, and nothing that a mail header
 * could read as more (issue 13, finding 5). Refused: control characters (CR and LF above all: header injection),
 * spaces, commas and semicolons (a list of recipients), angle brackets, quotes and parentheses (a display name or a
 * comment), more than one {@code @}, an empty local part, a domain without a dot, and more than 254 characters in all.
 * ASCII only, because SES takes only 7-bit addresses; the local part's characters are those GOV.UK Notify accepts.
 * Surrounding spaces (as a form leaves them) are trimmed; surrounding line breaks are not.
 */
public record EmailAddress(String value) {
    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL = 64;
    private static final int MAX_LABEL = 63;
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile(".*[A-Za-z].*");

    public EmailAddress {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not an email address of one mailbox, like name@example.com");
        }
    }

    /** The address, or empty when the text is not one address (surrounding spaces aside). */
    public static Optional<EmailAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = trimSpaces(text);
        return isWellFormed(trimmed) ? Optional.of(new EmailAddress(trimmed)) : Optional.empty();
    }

    /** The address; refused with {@link IllegalArgumentException} (never echoing the text) when it is not one. */
    public static EmailAddress of(String text) {
        return parse(text)
                .orElseThrow(() ->
                        new IllegalArgumentException("not an email address of one mailbox, like name@example.com"));
    }

    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    @Override
    public String toString() {
        return value;
    }

    private static boolean isWellFormed(String s) {
        if (s == null || s.isEmpty() || s.length() > MAX_LENGTH) {
            return false;
        }
        int at = s.indexOf('@');
        if (at <= 0 || at != s.lastIndexOf('@')) {
            return false;
        }
        String local = s.substring(0, at);
        String domain = s.substring(at + 1);
        if (local.length() > MAX_LOCAL
                || !LOCAL.matcher(local).matches()
                || local.startsWith(".")
                || local.endsWith(".")
                || local.contains("..")) {
            return false;
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.length() > MAX_LABEL || !LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return TOP_LEVEL.matcher(labels[labels.length - 1]).matches();
    }

    /** Only the space character: a tab, CR or LF around an address is refused, not quietly dropped. */
    private static String trimSpaces(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(start, end);
    }
}
