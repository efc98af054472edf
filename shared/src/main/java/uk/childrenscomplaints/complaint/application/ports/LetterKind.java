package uk.childrenscomplaints.complaint.application.ports;

import java.util.Arrays;
import java.util.Optional;

/**
 * The letters a complainant can be sent on paper: every notice the service emails them, and the notices of the
 * council's own procedure that staff otherwise write by hand (decision 034). The outbox owes a paper letter in place
 * of an email when the complainant gave no email address, or theirs stopped working; staff can print any of them from
 * the complaint's page.
 */
public enum LetterKind {
    ACKNOWLEDGEMENT("acknowledgement", "We have received your complaint"),
    EXTENSION("extension", "We need more time to reply to your complaint"),
    CLOCK_PAUSED("clock-paused", "We have paused the time limit on your complaint"),
    CLOCK_RESUMED("clock-resumed", "The time limit on your complaint has restarted"),
    STAGE2_ENTITLEMENT("stage2-entitlement", "You can ask for Stage 2 of the complaints procedure"),
    STAGE1_OUTCOME("stage1-outcome", "Our reply to your complaint"),
    STAGE2("stage2", "Your complaint at Stage 2"),
    STAGE3("stage3", "Your request for a review panel"),
    REOPENED("reopened", "We have reopened your complaint"),
    CLOSING("closing", "Your complaint is closed");

    private final String slug;
    private final String heading;

    LetterKind(String slug, String heading) {
        this.slug = slug;
        this.heading = heading;
    }

    /** The letter's name in URLs and on the letters-to-post list. */
    public String slug() {
        return slug;
    }

    /** The letter's heading, which is also the PDF's title. */
    public String heading() {
        return heading;
    }

    /** What staff call it in a sentence: "the acknowledgement letter". */
    public String label() {
        return switch (this) {
            case ACKNOWLEDGEMENT -> "acknowledgement letter";
            case EXTENSION -> "extension letter";
            case CLOCK_PAUSED -> "letter that the clock stopped";
            case CLOCK_RESUMED -> "letter that the clock restarted";
            case STAGE2_ENTITLEMENT -> "letter about Stage 2";
            case STAGE1_OUTCOME -> "Stage 1 outcome covering letter";
            case STAGE2 -> "Stage 2 letter";
            case STAGE3 -> "Stage 3 letter";
            case REOPENED -> "letter about the reopening";
            case CLOSING -> "closing letter";
        };
    }

    public static Optional<LetterKind> bySlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
