package uk.childrenscomplaints.complaint.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.ports.ImportedHistory;

/** The first day a logged complaint may have been received, and how long one process trusts what it read. */
class EarliestReceivedDateTest {
    private static final LocalDate TUE_2008_04_01 = LocalDate.of(2008, 4, 1);

    /** The item as the table keeps it: the earlier day wins; reads are counted. */
    private static final class History implements ImportedHistory {
        LocalDate earliest;
        int reads;

        @Override
        public Optional<LocalDate> earliestReceived() {
            reads++;
            return Optional.ofNullable(earliest);
        }

        @Override
        public void recordEarliestReceived(LocalDate day) {
            if (earliest == null || day.isBefore(earliest)) {
                earliest = day;
            }
        }
    }

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2027-01-04T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final History history = new History();
    private final MovableClock clock = new MovableClock();
    private final EarliestReceivedDate earliest = new EarliestReceivedDate(history, TUE_2008_04_01, clock);

    @Test
    void withNothingImportedItIsTheConfiguredDay() {
        assertThat(earliest.earliest()).isEqualTo(TUE_2008_04_01);
    }

    @Test
    void anImportWhoseEarliestComplaintCameOnTue14Apr2009MakesItWed1Apr2009AtOnceInThisProcess() {
        assertThat(earliest.earliest()).isEqualTo(TUE_2008_04_01);

        earliest.imported(LocalDate.of(2009, 4, 14));

        assertThat(earliest.earliest()).isEqualTo(LocalDate.of(2009, 4, 1));
    }

    @Test
    void aComplaintImportedFromMon2Mar2009MakesItTheYearBeforeTue1Apr2008() {
        earliest.imported(LocalDate.of(2009, 3, 2));

        assertThat(earliest.earliest()).isEqualTo(TUE_2008_04_01);
    }

    @Test
    void neverBeforeTheConfiguredDayEvenWhenTheImportedYearBeganEarlier() {
        EarliestReceivedDate fromJanuary = new EarliestReceivedDate(history, LocalDate.of(2010, 1, 1), clock);
        fromJanuary.imported(LocalDate.of(2010, 2, 1));

        assertThat(fromJanuary.earliest()).isEqualTo(LocalDate.of(2010, 1, 1));
    }

    @Test
    void anotherProcessesImportIsSeenAfterFiveMinutesAndTheItemIsReadOnceMeanwhile() {
        assertThat(earliest.earliest()).isEqualTo(TUE_2008_04_01);
        history.recordEarliestReceived(LocalDate.of(2009, 4, 14));

        clock.now = clock.now.plus(Duration.ofMinutes(5)).minusSeconds(1);
        assertThat(earliest.earliest()).isEqualTo(TUE_2008_04_01);
        clock.now = clock.now.plusSeconds(1);
        assertThat(earliest.earliest()).isEqualTo(LocalDate.of(2009, 4, 1));

        assertThat(history.reads).isEqualTo(2);
    }

    @Test
    void theConfiguredDayAloneReadsNothing() {
        assertThat(EarliestReceivedDate.configuredOnly(TUE_2008_04_01).earliest())
                .isEqualTo(TUE_2008_04_01);
    }
}
