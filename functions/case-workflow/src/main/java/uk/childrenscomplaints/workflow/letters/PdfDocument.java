package uk.childrenscomplaints.workflow.letters;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one class that touches the PDF library. PDF/UA mode makes a tagged PDF (a structure tree, the document's
 * language and title from the XHTML) and refuses anything it cannot tag; the fonts are embedded, subset, so the text
 * is real text a screen reader and a copy-paste can read.
 */
final class PdfDocument {
    static final String FONT_FAMILY = "Liberation Sans";
    private static final String FONTS = "/letters/fonts/";

    private PdfDocument() {}

    static byte[] fromXhtml(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessbility(true);
            builder.withProducer("Children's complaints");
            builder.useFont(
                    () -> font("LiberationSans-Regular.ttf"),
                    FONT_FAMILY,
                    400,
                    BaseRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.useFont(
                    () -> font("LiberationSans-Bold.ttf"),
                    FONT_FAMILY,
                    700,
                    BaseRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the letter could not be made into a PDF", e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = PdfDocument.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("the letters' font " + file + " is missing from the jar");
        }
        return in;
    }
}
