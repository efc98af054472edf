package uk.childrenscomplaints.workflow.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.letters.SampleLetters.LETTERHEAD;
import static uk.childrenscomplaints.workflow.letters.SampleLetters.POLICY;
import static uk.childrenscomplaints.workflow.letters.SampleLetters.mon_2026_11_30;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.childrenscomplaints.complaint.application.ports.LetterKind;
import uk.childrenscomplaints.complaint.model.Complaint;

/**
 * Every letter rendered for one sample complaint and read back with PDFBox: the text is real text with the reference,
 * the letter's date, the council's letterhead and the letter's own dates, nothing left unfilled, and the PDF is tagged
 * (a structure tree), in British English, titled, A4, with its font embedded.
 */
class LettersTest {
    private static final LetterRenderer RENDERER = new LetterRenderer(LETTERHEAD, POLICY);
    private static final Complaint SAMPLE = SampleLetters.throughStage3();

    /** A date only that letter prints, so a letter that lost its body would fail. */
    private static final Map<LetterKind, String> OWN_DATE = Map.of(
            LetterKind.ACKNOWLEDGEMENT, "Monday 2 November 2026",
            LetterKind.EXTENSION, "Monday 30 November 2026",
            LetterKind.CLOCK_PAUSED, "Thursday 5 November 2026",
            LetterKind.CLOCK_RESUMED, "Monday 9 November 2026",
            LetterKind.STAGE2_ENTITLEMENT, "Monday 30 November 2026",
            LetterKind.STAGE1_OUTCOME, "Tuesday 29 December 2026",
            LetterKind.STAGE2, "Friday 8 January 2027",
            LetterKind.STAGE3, "Wednesday 17 February 2027",
            LetterKind.REOPENED, "CSC-2026-0042",
            LetterKind.CLOSING, "Stage 3: panel to be held");

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void eachLetterDatedMon_2026_11_30ReadsBackWithItsReferenceDatesAndLetterheadAndNothingUnfilled(LetterKind kind)
            throws IOException {
        byte[] bytes = RENDERER.render(kind, SAMPLE, mon_2026_11_30);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = text(pdf);
            assertThat(text)
                    .contains("Example County Council")
                    .contains("Shire Hall")
                    .contains("01632 960100")
                    .contains("complaints@council.example")
                    .contains("Our reference: CSC-2026-0042")
                    .contains("Date: Monday 30 November 2026")
                    .contains(kind.heading())
                    .contains("Dear Pat O'Brien <Grandparent>,")
                    .contains("1 High Street")
                    .contains(OWN_DATE.get(kind))
                    .doesNotContain("${")
                    .doesNotContain("[[")
                    .doesNotContain("null")
                    .doesNotContain("&lt;");
        }
    }

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void eachLetterIsATaggedA4PdfInBritishEnglishWithATitleAndItsFontEmbedded(LetterKind kind) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(kind, SAMPLE, mon_2026_11_30))) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getStructureTreeRoot().getK()).isNotNull();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(kind.heading() + ", CSC-2026-0042");
            PDPage first = pdf.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(first.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
            for (var name : first.getResources().getFontNames()) {
                PDFont font = first.getResources().getFont(name);
                assertThat(font.getName()).contains("LiberationSans");
                assertThat(font.isEmbedded()).isTrue();
            }
        }
    }

    @Test
    void aBatchOfThreeLettersStartsEachOnANewPage() throws IOException {
        byte[] bytes = RENDERER.renderAll(
                List.of(
                        new LetterRenderer.Wanted(LetterKind.ACKNOWLEDGEMENT, SAMPLE),
                        new LetterRenderer.Wanted(LetterKind.CLOCK_PAUSED, SAMPLE),
                        new LetterRenderer.Wanted(LetterKind.CLOSING, SAMPLE)),
                mon_2026_11_30,
                "Letters to post, Monday 30 November 2026");

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            PDFTextStripper page = new PDFTextStripper();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                page.setStartPage(i);
                page.setEndPage(i);
                String onPage = page.getText(pdf);
                if (onPage.contains("Our reference")) {
                    assertThat(onPage).contains("Example County Council");
                }
            }
            assertThat(text(pdf))
                    .contains(LetterKind.ACKNOWLEDGEMENT.heading())
                    .contains(LetterKind.CLOCK_PAUSED.heading())
                    .contains(LetterKind.CLOSING.heading());
        }
    }

    @Test
    void theComplainantsNameIsEscapedInTheXhtmlNotInterpreted() {
        String html = RENDERER.html(
                List.of(new LetterRenderer.Wanted(LetterKind.ACKNOWLEDGEMENT, SAMPLE)), mon_2026_11_30, "t");

        assertThat(html).contains("Pat O&#39;Brien &lt;Grandparent&gt;").doesNotContain("<Grandparent>");
    }
}
