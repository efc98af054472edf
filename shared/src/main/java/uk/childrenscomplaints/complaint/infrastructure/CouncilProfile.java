package uk.childrenscomplaints.complaint.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The council's own details, from its profile ({@code config/<profile>.properties}, chosen by
 * {@code COUNCIL_PROFILE}; see {@link ComplaintsSettings}): how people can reach the complaints team other than by the form, its brand, its
 * advocacy service, and the rules it runs under. The pages, the emails and the reports read them from here, so no
 * council's name or number is written anywhere in the code (decision 032).
 *
 * <p>A profile that lacks a detail, or whose brand colour would put white text below 4.5:1 contrast, stops the
 * function at start-up: a council finds out on its first deployment, not from a complainant. Messages name the key,
 * never the value.
 *
 * @param phoneHours       when the phone line is answered
 * @param inPerson         where and when someone can complain face to face
 * @param logoUrl          {@code /assets/council/<file>}, for a logo kept in config/; blank: the name alone
 * @param brandColour      {@code #rrggbb}, used behind white text in the header and for borders
 * @param holidayRegion    whose bank holidays count: only {@value #ENGLAND_AND_WALES} is carried
 * @param timescalePolicy  which statutory timescales apply: only {@value #CHILDREN_ACT_ENGLAND} is carried
 * @param accessibilityReviewedOn when the accessibility statement was last reviewed, as the statement says
 */
@ConfigurationProperties("complaints.council")
public record CouncilProfile(
        @Nullable String phone,
        @Nullable String phoneHours,
        @Nullable String email,
        @Nullable String postalAddress,
        @Nullable String inPerson,
        @Nullable String logoUrl,
        @Nullable String brandColour,
        @Nullable String advocacyName,
        @Nullable String advocacyPhone,
        @Nullable String advocacyUrl,
        @Nullable String holidayRegion,
        @Nullable String timescalePolicy,
        @Nullable String accessibilityReviewedOn) {

    public static final String ENGLAND_AND_WALES = "england-and-wales";
    public static final String CHILDREN_ACT_ENGLAND = "children-act-1989-england";
    static final String KEY = "complaints.council.";
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    /** WCAG 2.2 AA for normal text: the header's white text on the brand colour. */
    static final double MINIMUM_CONTRAST = 4.5;

    public CouncilProfile {
        phone = required(phone, "phone");
        phoneHours = required(phoneHours, "phone-hours");
        email = uk.childrenscomplaints.complaint.model.EmailAddress.parse(required(email, "email"))
                .map(uk.childrenscomplaints.complaint.model.EmailAddress::value)
                .orElseThrow(() -> new IllegalArgumentException(
                        "The profile's " + KEY + "email is not one email address, like name@example.com"));
        postalAddress = required(postalAddress, "postal-address");
        inPerson = required(inPerson, "in-person");
        logoUrl = logoUrl == null ? "" : logoUrl.trim();
        // The pages' policy loads images from this site only: a logo is a file in config/, served under
        // /assets/council/.
        if (!logoUrl.isEmpty() && !logoUrl.matches("/assets/council/[A-Za-z0-9._-]+\\.(svg|png)")) {
            throw new IllegalArgumentException("The profile's " + KEY
                    + "logo-url must be /assets/council/<file> for an .svg or .png file in config/");
        }
        brandColour = required(brandColour, "brand-colour").toLowerCase(java.util.Locale.ROOT);
        if (!COLOUR.matcher(brandColour).matches()) {
            throw new IllegalArgumentException(
                    "The profile's " + KEY + "brand-colour must be six hex digits after #, like #1d70b8");
        }
        if (contrastWithWhite(brandColour) < MINIMUM_CONTRAST) {
            throw new IllegalArgumentException("The profile's " + KEY + "brand-colour is too light: white text on it"
                    + " must have a contrast of at least 4.5 to 1; choose a darker shade");
        }
        advocacyName = required(advocacyName, "advocacy-name");
        advocacyPhone = required(advocacyPhone, "advocacy-phone");
        advocacyUrl = required(advocacyUrl, "advocacy-url");
        holidayRegion = oneOf(holidayRegion, "holiday-region", ENGLAND_AND_WALES);
        timescalePolicy = oneOf(timescalePolicy, "timescale-policy", CHILDREN_ACT_ENGLAND);
        accessibilityReviewedOn = required(accessibilityReviewedOn, "accessibility-reviewed-on");
        try {
            java.time.LocalDate.parse(accessibilityReviewedOn);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "The profile's " + KEY + "accessibility-reviewed-on must be a date like 2026-11-30", e);
        }
    }

    /** The phone number as a {@code tel:} link wants it: digits and a leading +. */
    public String phoneLink() {
        return "tel:" + phone.replaceAll("[^0-9+]", "");
    }

    /** The advocacy service's number as a {@code tel:} link. */
    public String advocacyPhoneLink() {
        return "tel:" + advocacyPhone.replaceAll("[^0-9+]", "");
    }

    /** WCAG's contrast ratio between white and the colour: (1.05) / (L + 0.05). */
    static double contrastWithWhite(String hex) {
        double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
        double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
        double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
        double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /**
     * The council's fixed details as the email templates' {@code [[name]]} markers name them: written into the
     * wording once, so each council's wording is its own SES template (EmailTemplates).
     */
    public Map<String, String> emailValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("councilPhone", phone);
        values.put("councilPhoneLink", phoneLink());
        values.put("councilPhoneHours", phoneHours);
        values.put("councilEmail", email);
        values.put("councilPostalAddress", postalAddress);
        values.put("brandColour", brandColour);
        values.put("advocacyName", advocacyName);
        values.put("advocacyPhone", advocacyPhone);
        values.put("advocacyPhoneLink", advocacyPhoneLink());
        values.put("advocacyUrl", advocacyUrl);
        return values;
    }

    private static String required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The council profile has no " + KEY + key
                    + ": add it to config/<your council>.properties (README, \"Your council's profile\")");
        }
        return value.trim();
    }

    private static String oneOf(String value, String key, String only) {
        String given = required(value, key);
        if (!given.equals(only)) {
            throw new IllegalArgumentException("The profile's " + KEY + key + " names a rule set the product does"
                    + " not carry; the only one is " + only);
        }
        return given;
    }
}
