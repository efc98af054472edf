package uk.childrenscomplaints.workflow.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.letters.SampleLetters.LETTERHEAD;
import static uk.childrenscomplaints.workflow.letters.SampleLetters.POLICY;
import static uk.childrenscomplaints.workflow.letters.SampleLetters.mon_2026_11_30;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.childrenscomplaints.complaint.application.ports.LetterKind;

/**
 * Two letters' first pages as PNG, drawn by PDFBox from the real PDF: under {@code target/screenshots}, or with
 * {@code -Pscreenshots} into docs/screenshots, which the README shows. An IT because it writes files.
 */
class LetterScreenshotsIT {

    private static Path folder() throws IOException {
        String chosen = System.getProperty("screenshots.dir", "");
        Path dir = chosen.isBlank() ? Path.of("target", "screenshots") : Path.of(chosen);
        return Files.createDirectories(dir);
    }

    @ParameterizedTest
    @EnumSource(
            value = LetterKind.class,
            names = {"ACKNOWLEDGEMENT", "STAGE2"})
    void theFirstPageOfTheLetterDatedMon_2026_11_30IsDrawnWithInkOnIt(LetterKind kind) throws IOException {
        byte[] pdf = new LetterRenderer(LETTERHEAD, POLICY).render(kind, SampleLetters.throughStage3(), mon_2026_11_30);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 110, ImageType.RGB);
            Path file = folder().resolve("letter-" + kind.slug() + ".png");
            ImageIO.write(page, "png", file.toFile());

            assertThat(page.getWidth()).isBetween(905, 915);
            int dark = 0;
            for (int y = 0; y < page.getHeight(); y += 2) {
                for (int x = 0; x < page.getWidth(); x += 2) {
                    if ((page.getRGB(x, y) & 0xff) < 100) {
                        dark++;
                    }
                }
            }
            assertThat(dark).as("text drawn on the page").isGreaterThan(2000);
            assertThat(Files.size(file)).isGreaterThan(10_000);
        }
    }
}
