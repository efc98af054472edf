package uk.childrenscomplaints.complaint.application.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.clock.infrastructure.BankHolidaySource;
import uk.childrenscomplaints.clock.model.WorkingDayCalendar;
import uk.childrenscomplaints.complaint.application.InMemoryComplaints;
import uk.childrenscomplaints.complaint.application.ports.Caseloads;
import uk.childrenscomplaints.complaint.application.ports.Compliments;
import uk.childrenscomplaints.complaint.application.ports.Deliveries;
import uk.childrenscomplaints.complaint.application.ports.DeliveryFailed;
import uk.childrenscomplaints.complaint.application.ports.ReportMail;
import uk.childrenscomplaints.complaint.application.ports.ReportMailer;
import uk.childrenscomplaints.complaint.model.Compliment;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.OpenCaseload;
import uk.childrenscomplaints.complaint.model.SampleTeams;
import uk.childrenscomplaints.complaint.statistics.ReportCsv;
import uk.childrenscomplaints.complaint.statistics.StatisticsComplaint;

/** When the quarterly report goes, what it holds, and that it goes once. Real bank holidays, real dates. */
class SendingQuarterlyReportTest {
    private static final WorkingDayCalendar CALENDAR =
            BankHolidaySource.bundled().calendar();

    private final InMemoryComplaints complaints = new InMemoryComplaints();
    private final Set<String> claimed = new HashSet<>();
    private final List<String> resends = new ArrayList<>();
    private final List<ReportMail> sent = new ArrayList<>();
    private boolean mailerFails;
    private boolean mailerSilent;
    private final List<String> awaiting = new ArrayList<>();

    private final Deliveries deliveries = new Deliveries() {
        @Override
        public boolean confirmSent(String key, uk.childrenscomplaints.complaint.application.ports.MessageId id) {
            return false;
        }

        @Override
        public boolean claim(String key) {
            if (key.contains("#resent#")) {
                resends.add(key.substring(0, key.indexOf("#resent#")));
                return true;
            }
            return claimed.add(key);
        }

        @Override
        public void markSent(String key) {}

        @Override
        public void release(String key) {
            claimed.remove(key);
        }

        @Override
        public void awaitConfirmation(String key) {
            awaiting.add(key);
        }
    };

    private SendingQuarterlyReport reports(LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(7, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Compliments noCompliments = new Compliments() {
            @Override
            public void add(Compliment compliment) {}

            @Override
            public List<Compliment> receivedBetween(LocalDate from, LocalDate to) {
                return List.of();
            }
        };
        Caseloads noCaseloads = new Caseloads() {
            @Override
            public void record(OpenCaseload caseload) {}

            @Override
            public List<OpenCaseload> atEndOf(FinancialQuarter quarter) {
                return List.of();
            }
        };
        ReportMailer mailer = mail -> {
            if (mailerFails) {
                throw new DeliveryFailed("SES did not accept it", null);
            }
            sent.add(mail);
            if (mailerSilent) {
                throw DeliveryFailed.outcomeUnknown("SES did not answer in time");
            }
        };
        return new SendingQuarterlyReport(
                new ProducingStatistics(complaints, noCompliments, noCaseloads, CALENDAR, SampleTeams.SEED, clock),
                CALENDAR,
                deliveries,
                mailer,
                List.of("manager@council.test"),
                clock);
    }

    private SendingQuarterlyReport.Run onSchedule(LocalDate day) {
        return reports(day).onSchedule(day);
    }

    @Test
    void theQ2ReportGoesOnThu_2026_10_01_andNotOnTheOtherDaysTheScheduleFires() {
        assertThat(onSchedule(LocalDate.of(2026, 10, 1)).sent()).isEqualTo(1);
        for (int day = 2; day <= 7; day++) {
            SendingQuarterlyReport.Run run = onSchedule(LocalDate.of(2026, 10, day));
            assertThat(run.due()).as("1%d October", day).isFalse();
            assertThat(run.dueOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        }
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).quarter()).isEqualTo(new FinancialQuarter(2026, 2));
    }

    @Test
    void easterMonday_2024_04_01_movesTheQ4AndYearEndReportsToTue_2024_04_02() {
        assertThat(onSchedule(LocalDate.of(2024, 4, 1)).due()).isFalse();
        SendingQuarterlyReport.Run run = onSchedule(LocalDate.of(2024, 4, 2));
        assertThat(run.due()).isTrue();
        assertThat(run.quarter()).isEqualTo(new FinancialQuarter(2023, 4));
        assertThat(sent)
                .extracting(ReportMail::kind)
                .containsExactly(ReportMail.Kind.QUARTERLY, ReportMail.Kind.YEAR_END);
        assertThat(sent.get(1).report().period().from()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(sent.get(1).report().period().to()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(claimed).containsExactlyInAnyOrder("quarterly-report#2023-24#q4", "year-end-report#2023-24");
    }

    @Test
    void newYearsDayOnSat_2028_01_01_isMovedToMon_2028_01_03_soTheQ3ReportGoesOnTue_2028_01_04() {
        assertThat(onSchedule(LocalDate.of(2028, 1, 3)).due()).isFalse();
        assertThat(onSchedule(LocalDate.of(2028, 1, 4)).sent()).isEqualTo(1);
        assertThat(sent.get(0).quarter()).isEqualTo(new FinancialQuarter(2027, 3));
    }

    @Test
    void newYearsDayOnThu_2026_01_01_movesTheQ3ReportToFri_2026_01_02() {
        assertThat(onSchedule(LocalDate.of(2026, 1, 1)).due()).isFalse();
        assertThat(onSchedule(LocalDate.of(2026, 1, 2)).sent()).isEqualTo(1);
    }

    @Test
    void aSecondRunOnTheSameDaySendsNothingAndAFailedSendIsGivenBackForTheRetry() {
        LocalDate thu = LocalDate.of(2026, 10, 1);
        mailerFails = true;
        assertThat(onSchedule(thu).failed()).isEqualTo(1);
        assertThat(claimed).isEmpty();

        mailerFails = false;
        assertThat(onSchedule(thu).sent()).isEqualTo(1);
        SendingQuarterlyReport.Run again = onSchedule(thu);
        assertThat(again.sent()).isZero();
        assertThat(again.alreadySent()).isEqualTo(1);
        assertThat(sent).hasSize(1);
    }

    /** Decision 025: SES took the report in on Thu 1 October 2026 but never answered; the claim is kept for SES. */
    @Test
    void aReportWithNoAnswerFromSesOn1October2026KeepsItsClaimSoTheRetrySendsNothing() {
        mailerSilent = true;
        SendingQuarterlyReport.Run first = onSchedule(LocalDate.of(2026, 10, 1));
        mailerSilent = false;
        SendingQuarterlyReport.Run retry = onSchedule(LocalDate.of(2026, 10, 1));

        assertThat(first.failed()).isEqualTo(1);
        assertThat(awaiting).containsExactly("quarterly-report#2026-27#q2");
        assertThat(claimed).contains("quarterly-report#2026-27#q2");
        assertThat(retry.alreadySent()).isEqualTo(1);
        assertThat(sent).hasSize(1);
    }

    @Test
    void aResendSendsAgainAndIsRecorded() {
        LocalDate later = LocalDate.of(2026, 10, 20);
        onSchedule(LocalDate.of(2026, 10, 1));
        SendingQuarterlyReport.Run run = reports(later).forQuarter(new FinancialQuarter(2026, 2), true, later);
        assertThat(run.sent()).isEqualTo(1);
        assertThat(sent).hasSize(2);
        assertThat(resends).containsExactly("quarterly-report#2026-27#q2");
        // Without resend, a quarter asked for by name still goes once.
        assertThat(reports(later)
                        .forQuarter(new FinancialQuarter(2026, 2), false, later)
                        .alreadySent())
                .isEqualTo(1);
    }

    @Test
    void aQuarterNotYetEndedIsRefusedWithTheDayItCanBeSent() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        assertThatThrownBy(() -> reports(today).forQuarter(new FinancialQuarter(2026, 3), false, today))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The quarter 2026-27 Q3 ends on 2026-12-31, so its report can be sent from 2027-01-01; ask "
                        + "for a quarter that has ended.");
        assertThat(sent).isEmpty();
    }

    @Test
    void theQuarterlyEmailHoldsTheQuarterAndTheYearToDateWithTheirCsv() {
        complaints.add(StatisticsComplaint.received(LocalDate.of(2026, 5, 14))
                .team("Huntingdon")
                .build());
        complaints.add(StatisticsComplaint.received(LocalDate.of(2026, 8, 3))
                .team("Huntingdon")
                .build());
        onSchedule(LocalDate.of(2026, 10, 1));

        ReportMail mail = sent.get(0);
        assertThat(mail.to()).containsExactly("manager@council.test");
        assertThat(mail.report().totalReceived().count()).isEqualTo(1);
        assertThat(mail.yearToDate().totalReceived().count()).isEqualTo(2);
        assertThat(mail.attachments())
                .extracting(ReportMail.Attachment::fileName)
                .containsExactly("complaints-2026-27-Q2.csv", "complaints-2026-27-Q1-to-Q2.csv");
        assertThat(mail.attachments().get(0).csv()).isEqualTo(ReportCsv.write(mail.report()));
        assertThat(mail.attachments().get(1).csv()).isEqualTo(ReportCsv.write(mail.yearToDate()));
    }

    @Test
    void inTheFirstQuarterTheYearToDateIsTheQuarterSoItIsShownOnce() {
        onSchedule(LocalDate.of(2026, 7, 1));
        assertThat(sent.get(0).yearToDate()).isNull();
        assertThat(sent.get(0).attachments())
                .extracting(ReportMail.Attachment::fileName)
                .containsExactly("complaints-2026-27-Q1.csv");
    }

    @Test
    void quartersAreWrittenAsTheCouncilWritesThem() {
        assertThat(FinancialQuarter.parse("2026-27 Q2")).isEqualTo(new FinancialQuarter(2026, 2));
        assertThat(FinancialQuarter.parse("2026-27-q4")).isEqualTo(new FinancialQuarter(2026, 4));
        assertThatThrownBy(() -> FinancialQuarter.parse("2026-28 Q2")).hasMessageContaining("written like 2026-27 Q2");
        assertThatThrownBy(() -> FinancialQuarter.parse("2026 Q5")).hasMessageContaining("Q1 (April to June)");
    }
}
