package uk.childrenscomplaints.complaint.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.statistics.StatisticsComplaint.CALENDAR_2009_2010;
import static uk.childrenscomplaints.complaint.statistics.StatisticsComplaint.received;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.model.AgeBand;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.Gender;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.Outcome;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.TeamName;

/**
 * For many random years of complaints: every breakdown that sorts each complaint into exactly one group adds up to the
 * total, and its percentages add up to 100 give or take the rounding (at most half a percent per group shown).
 * Seeded, so a failure is repeatable.
 */
class BreakdownSumsTest {
    private static final String[] TEAMS = {"ECF", "Huntingdon", "SCC", "Kinship"};

    private static <E> E pick(Random random, E[] values) {
        return values[random.nextInt(values.length)];
    }

    private static List<Complaint> randomYear(Random random) {
        int n = random.nextInt(60);
        List<Complaint> complaints = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate on = LocalDate.of(2009, 4, 1).plusDays(random.nextInt(365));
            var c = received(on)
                    .procedure(random.nextInt(5) == 0 ? Procedure.SCHOOLS : Procedure.STATUTORY_CHILDRENS)
                    .from(pick(random, Relationship.values()), random.nextInt(4) == 0 ? null : "p" + random.nextInt(30))
                    .child(pick(random, AgeBand.values()), pick(random, Gender.values()))
                    .issues(pick(random, IssueCategory.values()));
            if (random.nextBoolean()) {
                c.team(pick(random, TEAMS));
            }
            if (random.nextInt(3) == 0) {
                c.openAt(ComplaintState.STAGE1_OPEN);
            } else {
                c.outcome(pick(random, new Outcome[] {
                    Outcome.UPHELD,
                    Outcome.PARTIALLY_UPHELD,
                    Outcome.NOT_UPHELD,
                    Outcome.WITHDRAWN,
                    Outcome.NOT_INVESTIGATED
                }));
            }
            LocalDate reply = on.plusDays(random.nextInt(60));
            if (random.nextInt(4) > 0 && reply.getYear() <= 2010) {
                c.stage1RespondedOn(reply);
            }
            complaints.add(c.build());
        }
        return complaints;
    }

    @Test
    void everyOneGroupEachBreakdownAddsUpToTheTotalAndTo100PercentWithinRounding() {
        Random random = new Random(20100331L);
        ComplaintStatistics statistics = new ComplaintStatistics();
        for (int run = 0; run < 300; run++) {
            List<Complaint> complaints = randomYear(random);
            Report r = statistics.compute(
                    Period.financialYear(2009),
                    complaints,
                    List.of(),
                    Map.of(new TeamName("ECF"), 40),
                    List.of(),
                    CALENDAR_2009_2010,
                    LocalDate.of(2010, 6, 30));
            long total = r.totalReceived().count();
            assertThat(total).isEqualTo(complaints.size());

            assertAddsUp(r.byRelationship().values(), total);
            assertAddsUp(r.byAgeBand().values(), total);
            assertAddsUp(r.byGender().values(), total);
            assertAddsUp(r.byOutcome().values(), total);
            List<Figure> teams = new ArrayList<>(
                    r.byTeam().stream().map(TeamFigures::complaints).toList());
            teams.add(r.noTeam());
            assertAddsUp(teams, total);

            Stage1Timeliness t = r.stage1Timeliness();
            assertAddsUp(
                    List.of(t.within10(), t.within11To20(), t.over20(), t.notResponded()), t.statutoryComplaints());
            StageFigures s = r.stages();
            assertAddsUp(List.of(s.resolvedAtStage1(), s.progressedToStage2()), s.statutoryComplaints());
        }
    }

    private static void assertAddsUp(Collection<Figure> groups, long total) {
        assertThat(groups.stream().mapToLong(Figure::count).sum()).isEqualTo(total);
        if (total == 0) {
            assertThat(groups).allSatisfy(f -> assertThat(f.percent()).isNull());
            return;
        }
        long shown = groups.stream().filter(f -> f.count() > 0).count();
        int percentSum = groups.stream().mapToInt(Figure::percent).sum();
        // Each shown group's percentage is at most half a percent off its exact share; empty groups are exactly 0.
        assertThat(Math.abs(percentSum - 100) * 2L).isLessThanOrEqualTo(shown);
    }
}
