package uk.childrenscomplaints.submission.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    static List<String> sentencesOf(String page) throws IOException {
        try (InputStream in =
                YoungPeopleReadabilityTest.class.getResourceAsStream("/views/young-people/" + page + ".html")) {
            assertThat(in).as("views/young-people/%s.html", page).isNotNull();
            Document d = Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            d.select("[th:text], [th:each], [th:replace], script, head, .govuk-visually-hidden")
                    .remove();
            List<String> sentences = new ArrayList<>();
            for (Element block : d.select("h1, h2, p, label, legend, .govuk-hint, button, dt")) {
                sentences.addAll(FleschKincaid.sentences(block.ownText()));
            }
            return sentences;
        }
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
