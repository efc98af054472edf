package uk.childrenscomplaints.complaint.application.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.clock.infrastructure.BankHolidaySource;
import uk.childrenscomplaints.clock.infrastructure.TimescalePolicyFile;
import uk.childrenscomplaints.clock.model.BankHolidays;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.clock.model.WorkingDayCalendar;
import uk.childrenscomplaints.complaint.application.InMemoryComplaints;
import uk.childrenscomplaints.complaint.application.ports.CalendarRecalculations;
import uk.childrenscomplaints.complaint.application.ports.Email;
import uk.childrenscomplaints.complaint.application.ports.EmailTemplate;
import uk.childrenscomplaints.complaint.application.ports.NotificationClaim;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.DeadlineChecks;
import uk.childrenscomplaints.complaint.model.DueNotice;
import uk.childrenscomplaints.complaint.model.TimelineEntry;

/** Stage 1 due dates across 1 December 2026 becoming a bank holiday, with real dates. */
class RecalculatingDeadlinesTest {
    private static final LocalDate TUE_2026_11_17 = LocalDate.of(2026, 11, 17);
    private static final LocalDate TUE_2026_12_01 = LocalDate.of(2026, 12, 1);
    private static final LocalDate WED_2026_12_02 = LocalDate.of(2026, 12, 2);
    private static final LocalDate FRI_2026_11_27 = LocalDate.of(2026, 11, 27);
    private static final BankHolidays PUBLISHED = BankHolidaySource.bundled().load();

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T07:00:00Z"), ZoneOffset.UTC);
    private final InMemoryComplaints complaints = new InMemoryComplaints(clock);
    private final List<Email> mail = new CopyOnWriteArrayList<>();
    private final AtomicReference<BankHolidays> holidays = new AtomicReference<>(PUBLISHED);
    private final AtomicReference<Optional<CalendarRecalculations.Done>> marker =
            new AtomicReference<>(Optional.empty());
    private final RecalculatingDeadlines recalculating = new RecalculatingDeadlines(
            complaints,
            today -> policy(holidays.get(), today),
            new CalendarRecalculations() {
                @Override
                public Optional<Done> last() {
                    return marker.get();
                }

                @Override
                public void record(Done done) {
                    marker.set(Optional.of(done));
                }
            },
            new SendingOwedNotifications(
                    complaints,
                    mail::add,
                    e -> {},
                    new Notifications("Example Council", "complaints@council.test"),
                    new DeadlineNotices(new Recipients("complaints@council.test", Map.of()), "Example Council")),
            clock);

    private static TimescalePolicy policy(BankHolidays h, LocalDate today) {
        return TimescalePolicyFile.bundledPolicy(WorkingDayCalendar.withRules(h, today));
    }

    private static BankHolidays withFirstOfDecember2026() {
        Set<LocalDate> days = new HashSet<>(PUBLISHED.dates());
        days.add(TUE_2026_12_01);
        return new BankHolidays(days, PUBLISHED.firstCovered(), PUBLISHED.lastCovered());
    }

    /** Received Tue 17 Nov 2026: the 10th working day is Tue 1 Dec; its reminder went on Thu 26 Nov. */
    private ComplaintId storedWithReminderSent() {
        TimescalePolicy before = policy(PUBLISHED, FRI_2026_11_27);
        LocalDate due = before.dueDate(uk.childrenscomplaints.clock.model.TimescaleId.STAGE1_RESPONSE, TUE_2026_11_17);
        assertThat(due).isEqualTo(TUE_2026_12_01);
        Complaint c = ComplaintFixtures.statutory(ComplaintId.random(), TUE_2026_11_17, due);
        c.assignRespondents(ComplaintFixtures.respondent(), ComplaintFixtures.second(), ComplaintFixtures.STAFF);
        c.stampCalendarVersion(before.calendar().version());
        complaints.add(c);
        assertThat(complaints.claimNotification(c.id(), "stage1-reminder#2026-12-01"))
                .isEqualTo(NotificationClaim.CLAIMED);
        complaints.markNotificationSent(c.id(), "stage1-reminder#2026-12-01", Optional.empty());
        return c.id();
    }

    @Test
    void aStage1DueDateOfTue_2026_12_01MovesToWed_2026_12_02When1DecemberBecomesABankHoliday() {
        ComplaintId id = storedWithReminderSent();
        assertThat(recalculating.run(FRI_2026_11_27, () -> true).moved()).isZero();

        holidays.set(withFirstOfDecember2026());
        RecalculatingDeadlines.Counts counts = recalculating.run(FRI_2026_11_27, () -> true);

        assertThat(counts.moved()).isEqualTo(1);
        Complaint c = complaints.find(id).orElseThrow();
        assertThat(c.parts().stage1().dueOn()).isEqualTo(WED_2026_12_02);
        assertThat(c.nextDeadline()).contains(WED_2026_12_02);
        assertThat(c.calendarVersion())
                .contains(policy(holidays.get(), FRI_2026_11_27).calendar().version());
        assertThat(c.timeline())
                .map(TimelineEntry::detail)
                .contains("Stage 1 response: due date moved from 1 December 2026 to 2 December 2026 because"
                        + " 1 December 2026 became a bank holiday");
        assertThat(mail).singleElement().satisfies(e -> {
            assertThat(e.template()).isEqualTo(EmailTemplate.DUE_DATE_MOVED);
            assertThat(e.to()).containsExactly("sam.manager@council.test");
            assertThat(e.data())
                    .containsEntry("dueOn", "Wednesday 2 December 2026")
                    .containsEntry("movedFrom", "Tuesday 1 December 2026")
                    .containsEntry("because", "1 December 2026 became a bank holiday");
        });
    }

    @Test
    void aSecondRunWithTheSameCalendarMovesNothingAndSendsNothing() {
        ComplaintId id = storedWithReminderSent();
        recalculating.run(FRI_2026_11_27, () -> true);
        holidays.set(withFirstOfDecember2026());
        recalculating.run(FRI_2026_11_27, () -> true);
        long version = complaints.find(id).orElseThrow().version();

        RecalculatingDeadlines.Counts again = recalculating.run(FRI_2026_11_27, () -> true);

        assertThat(again.moved()).isZero();
        assertThat(again.examined()).isZero();
        assertThat(complaints.find(id).orElseThrow().version()).isEqualTo(version);
        assertThat(mail).hasSize(1);
    }

    @Test
    void onceSettledOnALaterDayAnUnchangedCalendarCostsOnlyTheVersionCheck() {
        storedWithReminderSent();
        recalculating.run(FRI_2026_11_27, () -> true);
        recalculating.run(LocalDate.of(2026, 11, 30), () -> true);

        assertThat(recalculating.run(LocalDate.of(2026, 12, 3), () -> true).unchanged())
                .isTrue();
    }

    @Test
    void theReminderAlreadySentForTue_2026_12_01IsNotSentAgainForWed_2026_12_02() {
        ComplaintId id = storedWithReminderSent();
        recalculating.run(FRI_2026_11_27, () -> true);
        holidays.set(withFirstOfDecember2026());
        recalculating.run(FRI_2026_11_27, () -> true);

        Complaint c = complaints.find(id).orElseThrow();
        DeadlineChecks checks =
                new DeadlineChecks(policy(holidays.get(), FRI_2026_11_27), DeadlineChecks.Settings.DEFAULT);
        List<String> keys =
                checks.due(c, FRI_2026_11_27).stream().map(DueNotice::key).toList();
        assertThat(keys).contains("stage1-reminder#2026-12-02");
        assertThat(complaints.claimNotification(id, "stage1-reminder#2026-12-02"))
                .isEqualTo(NotificationClaim.ALREADY_SENT);
    }

    @Test
    void aDueDateAlreadyPassedIsLeftWhereItWas() {
        ComplaintId id = storedWithReminderSent();
        recalculating.run(WED_2026_12_02, () -> true);
        holidays.set(withFirstOfDecember2026());

        recalculating.run(WED_2026_12_02, () -> true);

        assertThat(complaints.find(id).orElseThrow().parts().stage1().dueOn()).isEqualTo(TUE_2026_12_01);
        assertThat(mail).isEmpty();
    }

    @Test
    void theFirstRunEverRecordsTheCalendarAsTheBaselineWithoutReadingAComplaint() {
        Complaint c = ComplaintFixtures.statutory(ComplaintId.random(), TUE_2026_11_17, TUE_2026_12_01);
        complaints.add(c);

        RecalculatingDeadlines.Counts counts = recalculating.run(FRI_2026_11_27, () -> true);

        assertThat(counts.unchanged()).isTrue();
        assertThat(counts.examined()).isZero();
        assertThat(marker.get()).map(CalendarRecalculations.Done::version).contains(counts.version());
        assertThat(complaints.find(c.id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void aComplaintStoredWithoutAVersionIsStampedWhenTheCalendarChangesEvenIfItsDatesStay() {
        recalculating.run(FRI_2026_11_27, () -> true);
        Complaint c = ComplaintFixtures.statutory(
                ComplaintId.random(), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 16));
        complaints.add(c);
        holidays.set(withFirstOfDecember2026());

        RecalculatingDeadlines.Counts counts = recalculating.run(FRI_2026_11_27, () -> true);

        assertThat(counts.examined()).isEqualTo(1);
        assertThat(counts.moved()).isZero();
        assertThat(complaints.find(c.id()).orElseThrow().calendarVersion()).contains(counts.version());
        assertThat(mail).isEmpty();
    }
}
