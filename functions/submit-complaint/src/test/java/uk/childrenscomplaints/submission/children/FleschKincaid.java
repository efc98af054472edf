package uk.childrenscomplaints.submission.children;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch-Kincaid grade level of a text: 0.39 x words per sentence + 11.8 x syllables per word - 15.59. Syllables
 * are counted the usual rough way (groups of vowels, a silent final e dropped), which is what readability checkers do.
 */
final class FleschKincaid {
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z']*");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

    private FleschKincaid() {}

    /** @param sentences each a sentence, a heading, a label or a button's words */
    static double grade(List<String> sentences) {
        int words = 0;
        int syllables = 0;
        int counted = 0;
        for (String s : sentences) {
            List<String> w = words(s);
            if (w.isEmpty()) {
                continue;
            }
            counted++;
            words += w.size();
            syllables += w.stream().mapToInt(FleschKincaid::syllables).sum();
        }
        return 0.39 * words / counted + 11.8 * syllables / words - 15.59;
    }

    /** A block of text split into sentences at full stops, question and exclamation marks. */
    static List<String> sentences(String block) {
        List<String> out = new ArrayList<>();
        for (String s : block.split("(?<=[.!?])\\s+")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    static List<String> words(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("'", "");
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        Matcher m = VOWELS.matcher(w);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return Math.max(1, n);
    }
}
