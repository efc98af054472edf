package uk.childrenscomplaints.complaint.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import uk.childrenscomplaints.complaint.application.ports.EmailTemplate;

/**
 * The wording of every email, read from {@code emails/<name>.subject.txt}, {@code .text.txt} and {@code .html} on
 * the classpath, where the complaints team can edit it.
 *
 * <p>Each template's SES name ends in a hash of its wording, so changed wording becomes a new SES template on
 * the next send and an older deployment, still running, keeps sending the wording it was built with.
 */
public final class EmailTemplates {

    static final String FOLDER = "emails/";
    private static final String PREFIX = "complaints-";
    private static final int HASH_HEX_CHARS = 8;

    private final Map<EmailTemplate, Content> contents;

    public EmailTemplates(Map<EmailTemplate, Content> contents) {
        for (EmailTemplate template : EmailTemplate.values()) {
            if (!contents.containsKey(template)) {
                throw new IllegalArgumentException("No wording for the " + template.fileName() + " email");
            }
        }
        this.contents = Map.copyOf(contents);
    }

    /** The wording with the sample council's details: for tests and tools that start no context. */
    public static EmailTemplates fromClasspath() {
        Map<String, Object> sample = ComplaintsSettings.profileSettings(ComplaintsSettings.SAMPLE_PROFILE);
        java.util.function.Function<String, String> key = name -> String.valueOf(sample.get(CouncilProfile.KEY + name));
        CouncilProfile council = new CouncilProfile(
                key.apply("phone"),
                key.apply("phone-hours"),
                key.apply("email"),
                key.apply("postal-address"),
                key.apply("in-person"),
                key.apply("logo-url"),
                key.apply("brand-colour"),
                key.apply("advocacy-name"),
                key.apply("advocacy-phone"),
                key.apply("advocacy-url"),
                key.apply("holiday-region"),
                key.apply("timescale-policy"),
                key.apply("accessibility-reviewed-on"));
        return fromClasspath(council.emailValues());
    }

    /**
     * Reads every template now, so a missing file stops the deployment rather than the first complaint, and writes
     * the council's fixed details into each {@code [[name]]} marker (escaped in the HTML part). Each council's wording
     * thus hashes to SES template names of its own. A marker without a value stops the function too.
     */
    public static EmailTemplates fromClasspath(Map<String, String> council) {
        Map<EmailTemplate, Content> contents = new EnumMap<>(EmailTemplate.class);
        for (EmailTemplate template : EmailTemplate.values()) {
            String base = FOLDER + template.fileName();
            contents.put(
                    template,
                    new Content(
                            filled(read(base + ".subject.txt").strip(), council, false, base),
                            filled(read(base + ".text.txt"), council, false, base),
                            filled(read(base + ".html"), council, true, base)));
        }
        return new EmailTemplates(contents);
    }

    private static final java.util.regex.Pattern MARKER = java.util.regex.Pattern.compile("\\[\\[([A-Za-z]+)]]");

    private static String filled(String wording, Map<String, String> council, boolean html, String file) {
        java.util.regex.Matcher m = MARKER.matcher(wording);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = council.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(
                        "Email wording " + file + " names [[" + m.group(1) + "]], which no council profile gives");
            }
            m.appendReplacement(
                    out, java.util.regex.Matcher.quoteReplacement(html ? HtmlTemplateData.escape(value) : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    public Content content(EmailTemplate template) {
        return contents.get(template);
    }

    /** For example {@code complaints-acknowledgement-3fa9c2d1}; SES allows letters, digits, - and _, up to 64. */
    public String sesName(EmailTemplate template) {
        return PREFIX + template.fileName() + "-" + content(template).hash();
    }

    private static String read(String resource) {
        try (InputStream in = EmailTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Email wording " + resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read email wording " + resource, e);
        }
    }

    /** The three parts SES needs: subject, plain text and HTML. */
    public record Content(String subject, String text, String html) {

        public Content {
            if (subject == null
                    || subject.isBlank()
                    || text == null
                    || text.isBlank()
                    || html == null
                    || html.isBlank()) {
                throw new IllegalArgumentException("An email needs a subject, a text part and an HTML part");
            }
        }

        String hash() {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                // A separator no part can contain, so moving text between parts still changes the hash.
                for (String part : new String[] {subject, text, html}) {
                    sha.update(part.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
                return HexFormat.of().formatHex(sha.digest()).substring(0, HASH_HEX_CHARS);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every JVM has SHA-256", e);
            }
        }
    }
}
