package uk.childrenscomplaints.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.statistics.Period;
import uk.childrenscomplaints.complaint.statistics.YearOnYear;

/** The statistics page's period picker, bar widths and change in words, and the import page's multipart reader. */
class MorePagesTest {
    private static final LocalDate MON_2027_01_04 = LocalDate.of(2027, 1, 4);

    @Test
    void nothingChosenIsTheFinancialYearSoFar() {
        PeriodPicker.Choice c = PeriodPicker.choose(Map.of(), MON_2027_01_04);
        assertThat(c.period()).isEqualTo(Period.custom(LocalDate.of(2026, 4, 1), MON_2027_01_04));
        assertThat(c.errors()).isEmpty();
    }

    @Test
    void the29thOfFebruaryIsARealDateOnlyInALeapYear() {
        assertThat(PeriodPicker.choose(Map.of("from-day", "29", "from-month", "2", "from-year", "2012",
                "to", "2012-03-31"), MON_2027_01_04).period()).isEqualTo(Period.custom(LocalDate.of(2012, 2, 29),
                LocalDate.of(2012, 3, 31)));
        assertThat(PeriodPicker.choose(Map.of("from-day", "29", "from-month", "2", "from-year", "2010",
                "to", "2010-03-31"), MON_2027_01_04).errors()).extracting(e -> e.field() + ": " + e.message())
                .containsExactly("from-day: The start date must be a real date, like 1 4 2009");
    }

    @Test
    void quickPicksAreTheLastFourQuartersAndTwoFinancialYears() {
        assertThat(PeriodPicker.quickPicks(MON_2027_01_04, "/p", null)).extracting(p -> p.get("label") + " "
                + p.get("href")).containsExactly(
                "Quarter 3 of 2026 to 2027 /p?from=2026-10-01&to=2026-12-31",
                "Quarter 2 of 2026 to 2027 /p?from=2026-07-01&to=2026-09-30",
                "Quarter 1 of 2026 to 2027 /p?from=2026-04-01&to=2026-06-30",
                "Quarter 4 of 2025 to 2026 /p?from=2026-01-01&to=2026-03-31",
                "Financial year 2025 to 2026 /p?from=2025-04-01&to=2026-03-31",
                "Financial year 2024 to 2025 /p?from=2024-04-01&to=2025-03-31");
    }

    @Test
    void barsAreTheirShareOf200PixelsAndAnythingAboveNothingShows() {
        assertThat(StatisticsPage.scaled(5, 12)).isEqualTo(83);
        assertThat(StatisticsPage.scaled(1, 1000)).isEqualTo(1);
        assertThat(StatisticsPage.scaled(0, 12)).isZero();
        assertThat(StatisticsPage.scaled(3, 0)).isZero();
        assertThat(StatisticsPage.scaled(12, 12)).isEqualTo(200);
    }

    @Test
    void theChangeOnLastYearReadsAsTheReportPutsIt() {
        assertThat(StatisticsPage.changeText(YearOnYear.of(140, 52))).isEqualTo("140 against 52: an increase of 88 "
                + "(169%)");
        assertThat(StatisticsPage.changeText(YearOnYear.of(12, 0))).isEqualTo("12 against 0: an increase of 12");
        assertThat(StatisticsPage.changeText(YearOnYear.of(3, 4))).isEqualTo("3 against 4: a decrease of 1 (25%)");
        assertThat(StatisticsPage.changeText(YearOnYear.of(4, 4))).isEqualTo("4 against 4: no change");
    }

    @Test
    void aMultipartBodyKeepsTheFilesBytesExactlyAndReadsTheTokenField() {
        byte[] file = {'a', ',', (byte) 0xC3, (byte) 0xA9, '\r', '\n', (byte) 0xFF, 0, '-', '-'};
        String boundary = "----x";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntok\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        APIGatewayV2HTTPEvent e = new APIGatewayV2HTTPEvent();
        e.setHeaders(Map.of("content-type", "multipart/form-data; boundary=\"" + boundary + "\""));
        e.setBody(Base64.getEncoder().encodeToString(body));
        e.setIsBase64Encoded(true);

        MultipartBody read = MultipartBody.parse(e);

        assertThat(read.fields()).containsEntry("csrf", "tok");
        assertThat(read.files().get("file").filename()).isEqualTo("f.csv");
        assertThat(read.files().get("file").content()).containsExactly(file);
    }

    @Test
    void aBodyThatIsNotMultipartReadsAsNothing() {
        APIGatewayV2HTTPEvent e = new APIGatewayV2HTTPEvent();
        e.setHeaders(Map.of("content-type", "application/x-www-form-urlencoded"));
        e.setBody("csrf=tok");
        assertThat(MultipartBody.parse(e).fields()).isEmpty();
        assertThat(MultipartBody.parse(e).files()).isEmpty();
    }
}
