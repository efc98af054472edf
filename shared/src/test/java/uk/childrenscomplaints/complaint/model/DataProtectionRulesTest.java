package uk.childrenscomplaints.complaint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The legal hold, the restriction, the retention period and anonymisation (issue 15, decision 027). */
class DataProtectionRulesTest {
    private static final LocalDate mon_2026_01_05 = LocalDate.of(2026, 1, 5);
    private static final LocalDate mon_2026_01_19 = LocalDate.of(2026, 1, 19);
    private static final Change CLOSING = new Change("officer@council.test", Instant.parse("2026-02-02T10:00:00Z"));
    private static final Change LATER = new Change("officer@council.test", Instant.parse("2027-03-01T10:00:00Z"));
    private static final RetentionPolicy SIX_YEARS = RetentionPolicy.sixYears("2026-1");

    private static Complaint closedOn2February2026() {
        Complaint c = ComplaintFixtures.statutory(
                new ComplaintId("7f0c1c62-9a51-4c55-9d1e-2f8b7a0e0c01"), mon_2026_01_05, mon_2026_01_19);
        c.assignRespondents(ComplaintFixtures.respondent(), null, ComplaintFixtures.STAFF);
        c.recordStage1Response(LocalDate.of(2026, 1, 16), "Apologised to Pat", null, ComplaintFixtures.STAFF);
        c.recordIssueOutcomes(Map.of(IssueCategory.COMMUNICATION, IssueOutcome.UPHELD), ComplaintFixtures.STAFF);
        assertThat(c.close(CLOSING).isAllowed()).isTrue();
        return c;
    }

    @Test
    void aComplaintClosedOn2February2026IsKeptUntilItsSixthAnniversaryAndDueOnIt() {
        Complaint c = closedOn2February2026();
        assertThat(Retention.runsFrom(c)).contains(LocalDate.of(2026, 2, 2));
        assertThat(Retention.isDue(LocalDate.of(2026, 2, 2), SIX_YEARS, LocalDate.of(2032, 2, 1)))
                .isFalse();
        assertThat(Retention.isDue(LocalDate.of(2026, 2, 2), SIX_YEARS, LocalDate.of(2032, 2, 2)))
                .isTrue();
    }

    @Test
    void anOpenComplaintHasNoRetentionDateAndCannotBeAnonymisedEarly() {
        Complaint c = ComplaintFixtures.statutory(
                new ComplaintId("7f0c1c62-9a51-4c55-9d1e-2f8b7a0e0c02"), mon_2026_01_05, mon_2026_01_19);
        assertThat(Retention.runsFrom(c)).isEmpty();
        Decision d = Anonymisation.onRequest(c, Anonymisation.ON_REQUEST, "Erasure request", LATER);
        assertThat(d).isInstanceOf(Decision.Refused.class);
        assertThat(((Decision.Refused) d).reason()).contains("still open");
        assertThat(c.intake().complainant().name()).isEqualTo("Pat Example");
    }

    @Test
    void aLegalHoldTakesTheComplaintOutOfRetentionAndRefusesAnonymisationUntilLifted() {
        Complaint c = closedOn2February2026();
        assertThat(LegalHold.place(c, "Ombudsman investigation", LATER).isAllowed())
                .isTrue();
        assertThat(Retention.runsFrom(c)).isEmpty();
        Decision refused = Anonymisation.onRetention(c, "2026-1", LATER);
        assertThat(((Decision.Refused) refused).reason()).contains("legal hold", "Ombudsman investigation");
        assertThat(LegalHold.place(c, "Again", LATER).isAllowed()).isFalse();

        assertThat(LegalHold.lift(c, "Investigation over", LATER).isAllowed()).isTrue();
        // The hold's own entries do not restart the period: it still runs from the closing.
        assertThat(Retention.runsFrom(c)).contains(LocalDate.of(2026, 2, 2));
        assertThat(c.timeline()).extracting(TimelineEntry::action).contains("legal hold placed", "legal hold lifted");
        assertThat(c.timeline().stream()
                        .filter(e -> e.action().equals("legal hold placed"))
                        .findFirst()
                        .orElseThrow()
                        .detail())
                .contains("Ombudsman investigation");
    }

    @Test
    void aHoldOrRestrictionNeedsAReason() {
        Complaint c = closedOn2February2026();
        assertThat(LegalHold.place(c, " ", LATER).isAllowed()).isFalse();
        assertThat(LegalHold.restrict(c, null, LATER).isAllowed()).isFalse();
        assertThat(LegalHold.liftRestriction(c, "Not restricted", LATER).isAllowed())
                .isFalse();
        assertThat(LegalHold.restrict(c, "A member of staff's family", LATER).isAllowed())
                .isTrue();
        assertThat(c.dataProtection().isRestricted()).isTrue();
        assertThat(c.dataProtection().restrictedSince()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void anonymisationRemovesWhatIdentifiesAnyoneAndKeepsWhatTheFiguresRead() {
        Complaint c = closedOn2February2026();
        assertThat(LegalHold.restrict(c, "Pat's neighbour works here", LATER).isAllowed())
                .isTrue();
        long timelineSize = c.timeline().size();
        assertThat(Anonymisation.onRetention(c, "2026-1", LATER).isAllowed()).isTrue();

        Intake in = c.intake();
        assertThat(in.complainant().name()).isNull();
        assertThat(in.complainant().email()).isNull();
        assertThat(in.complainant().personKey()).startsWith("anon-").isNotEqualTo("person-1");
        assertThat(in.description()).isNull();
        assertThat(in.desiredOutcome()).isNull();
        assertThat(c.parts().respondent().name()).isEqualTo(Anonymisation.REMOVED);
        assertThat(c.parts().respondent().email()).isEqualTo(Anonymisation.REMOVED_EMAIL);
        assertThat(c.parts().stage1().responseSummary()).isEqualTo(Anonymisation.REMOVED);
        assertThat(c.timeline()).hasSize((int) timelineSize + 1);
        assertThat(c.timeline().subList(0, (int) timelineSize)).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo(Anonymisation.REMOVED);
            assertThat(e.detail()).isEmpty();
        });
        assertThat(c.timelineRewritten()).isTrue();
        // Kept for the figures.
        assertThat(in.receivedOn()).isEqualTo(mon_2026_01_05);
        assertThat(in.complainant().relationship()).isEqualTo(Relationship.GRANDPARENT);
        assertThat(in.child().ageBand()).isEqualTo(AgeBand.AGE_5_9);
        assertThat(in.team().value()).isEqualTo("Huntingdon");
        assertThat(c.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(c.parts().stage1().respondedOn()).isEqualTo(LocalDate.of(2026, 1, 16));
        assertThat(c.state()).isEqualTo(ComplaintState.CLOSED);
        assertThat(c.dataProtection().anonymisedOn()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(c.dataProtection().retentionPolicy()).isEqualTo("2026-1");
        assertThat(c.dataProtection().isRestricted()).isTrue();
        assertThat(c.dataProtection().restrictionReason()).isEqualTo(Anonymisation.REMOVED);
        assertThat(Retention.runsFrom(c)).isEmpty();
        // Once only.
        assertThat(Anonymisation.onRetention(c, "2026-1", LATER).isAllowed()).isFalse();
        assertThat(LegalHold.place(c, "Too late", LATER).isAllowed()).isFalse();
    }

    @Test
    void onePersonsReplacedKeyIsTheSameEachTimeDiffersFromTheLiveKeyAndIsNotReplacedTwice() {
        String kept = Anonymisation.retainedKey("person-1");
        assertThat(kept).startsWith("anon-").isEqualTo(Anonymisation.retainedKey("person-1"));
        assertThat(kept).isNotEqualTo(Anonymisation.retainedKey("person-2"));
        assertThat(Anonymisation.retainedKey(kept)).isEqualTo(kept);
        assertThat(Anonymisation.retainedKey(null)).isNull();
    }

    @Test
    void aPolicyOfNoYearsIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new RetentionPolicy("v", Period.ZERO, Period.ofYears(6)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
