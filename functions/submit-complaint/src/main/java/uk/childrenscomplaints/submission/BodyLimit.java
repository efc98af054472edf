package uk.childrenscomplaints.submission;

/** The largest body either endpoint takes: ten thousand characters of free text twice over, with room to spare. */
final class BodyLimit {
    static final int MAX_BYTES = 64 * 1024;
    static final String TOO_LARGE = "Your complaint is too long to send in one go (the limit is 64 KB, about "
            + "20,000 words). Shorten what went wrong and what would put it right, or send the rest to the complaints "
            + "team once you have your reference.";

    private BodyLimit() {}
}
