package uk.childrenscomplaints.submission.children;

import java.util.Map;
import uk.childrenscomplaints.complaint.application.intake.NewComplaintValidation;

/**
 * What the form for children and young people says when an answer cannot be taken: short sentences in everyday
 * words (the readability test holds them to the pages' reading age), each saying how to put it right.
 */
public final class YoungPeopleWords {
    static final String HIDDEN_SYMBOL =
            "There is a hidden symbol in what you wrote. Type it again and do not copy and paste it.";
    static final Map<String, String> MISSING = Map.of(
            "whatHappened", "Tell us what happened.",
            "complainantName", "Tell us your name.",
            "consent", "Tick the box to say we can use what you told us.");
    static final Map<String, String> TOO_LONG = Map.of(
            "whatHappened", "This is too long. Make it a bit shorter.",
            "desiredOutcome", "This is too long. Make it a bit shorter.",
            "complainantName", "Your name is too long. Use 200 letters or less.");
    static final Map<String, String> WRONG = Map.of(
            "email", "Check your email. It should look like name@example.com.",
            "phone", "Check your phone number. Use numbers only, like 07700 900 982.",
            "team", "Pick a team from the list, or pick I am not sure.");

    /** Every message the form can show, for the readability test. */
    public static final java.util.List<String> ALL = all();

    private YoungPeopleWords() {}

    static String problem(String field, String intakeMessage, YoungPeopleAnswers answers) {
        if (intakeMessage.startsWith("Remove the")) {
            return HIDDEN_SYMBOL;
        }
        String value = answers.values().getOrDefault(field, "");
        if (value == null || value.isBlank()) {
            return MISSING.getOrDefault(field, intakeMessage);
        }
        int limit = "complainantName".equals(field) ? NewComplaintValidation.MAX_NAME : NewComplaintValidation.MAX_TEXT;
        if (value.trim().length() > limit && TOO_LONG.containsKey(field)) {
            return TOO_LONG.get(field);
        }
        return WRONG.getOrDefault(field, MISSING.getOrDefault(field, intakeMessage));
    }

    private static java.util.List<String> all() {
        java.util.List<String> all = new java.util.ArrayList<>();
        all.add(HIDDEN_SYMBOL);
        all.addAll(MISSING.values());
        all.addAll(TOO_LONG.values());
        all.addAll(WRONG.values());
        return java.util.List.copyOf(all);
    }
}
