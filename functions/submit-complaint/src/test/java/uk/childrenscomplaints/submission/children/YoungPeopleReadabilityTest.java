package uk.childrenscomplaints.submission.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The form for children and young people reads at about age 9 to 11: a Flesch-Kincaid grade of 6 or below (US grade
 * 6 is age 11 to 12) on every page, over the words the pages say themselves. Values filled in at run time (the
 * person's answers, the team names, the advocacy service's name and number) are left out: they are not ours to write.
 * The figures are in the README.
 */
class YoungPeopleReadabilityTest {
    static final List<String> PAGES =
            List.of("start", "what-happened", "team", "wanted", "name", "contact", "check", "received", "parts");
    private static final double AGE_11 = 6.0;

    /** The pages' sources (decision 044): {@code parts} is the folder of the pieces the pages share. */
    private static final Path PAGES_SOURCE = Path.of("src/main/jte/young-people");

    static List<String> sentencesOf(String page) throws IOException {
        List<Path> files;
        if (page.equals("parts")) {
            try (Stream<Path> parts = Files.list(PAGES_SOURCE.resolve("parts"))) {
                files = parts.filter(p -> p.toString().endsWith(".jte"))
                        .sorted()
                        .toList();
            }
        } else {
            files = List.of(PAGES_SOURCE.resolve(page + ".jte"));
        }
        assertThat(files)
                .as("young-people/%s", page)
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f).isRegularFile());
        List<String> sentences = new ArrayList<>();
        for (Path file : files) {
            Document d = Jsoup.parse(wordsOnly(Files.readString(file, StandardCharsets.UTF_8)));
            d.select("script, head, .govuk-visually-hidden").remove();
            for (Element block : d.select("h1, h2, p, label, legend, .govuk-hint, button, dt")) {
                sentences.addAll(FleschKincaid.sentences(block.ownText()));
            }
        }
        return sentences;
    }

    /**
     * The markup a page writes itself: the template's comments, its directive lines ({@code @param}, {@code @if},
     * {@code @for}, calls of other templates) and every value filled in at run time ({@code ${...}}) left out.
     */
    static String wordsOnly(String template) {
        String noComments = template.replaceAll("(?s)<%--.*?--%>", "");
        StringBuilder markup = new StringBuilder();
        for (String line : noComments.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("@") || trimmed.startsWith("`)") || trimmed.startsWith("!{")) {
                continue;
            }
            markup.append(line.replaceAll("\\$\\{[^}]*}", "")).append('\n');
        }
        return markup.toString();
    }

    @Test
    void everyPageReadsAtFleschKincaidGradeSixOrBelow() throws IOException {
        List<String> all = new ArrayList<>();
        StringBuilder figures = new StringBuilder();
        for (String page : PAGES) {
            List<String> sentences = sentencesOf(page);
            double grade = FleschKincaid.grade(sentences);
            figures.append(String.format("%s %.1f; ", page, grade));
            assertThat(grade)
                    .as("Flesch-Kincaid grade of %s: %s", page, sentences)
                    .isLessThanOrEqualTo(AGE_11);
            all.addAll(sentences);
        }
        double overall = FleschKincaid.grade(all);
        System.out.printf("Flesch-Kincaid grades: %sall pages %.1f%n", figures, overall);
        assertThat(overall).isLessThanOrEqualTo(AGE_11);
    }

    @Test
    void theProblemMessagesReadAtFleschKincaidGradeSixOrBelow() {
        List<String> sentences = new ArrayList<>();
        YoungPeopleWords.ALL.forEach(m -> sentences.addAll(FleschKincaid.sentences(m)));
        double grade = FleschKincaid.grade(sentences);
        System.out.printf("Flesch-Kincaid grade of the problem messages: %.1f%n", grade);
        assertThat(grade).isLessThanOrEqualTo(AGE_11);
    }

    @Test
    void theMeasureGivesAPlainSentenceALowGradeAndALegalOneAHighOne() {
        assertThat(FleschKincaid.grade(List.of("Tell us what is wrong.", "We will read it.")))
                .isLessThan(2.0);
        assertThat(FleschKincaid.grade(List.of("The complainant's representations regarding the determination will be "
                        + "considered by an independent investigating officer appointed under the regulations.")))
                .isGreaterThan(12.0);
    }

    @Test
    void syllablesAreCountedAsReadabilityCheckersCountThem() {
        assertThat(FleschKincaid.syllables("tell")).isEqualTo(1);
        assertThat(FleschKincaid.syllables("happened")).isEqualTo(2);
        assertThat(FleschKincaid.syllables("advocate")).isEqualTo(3);
        assertThat(FleschKincaid.syllables("complaint")).isEqualTo(2);
    }
}
