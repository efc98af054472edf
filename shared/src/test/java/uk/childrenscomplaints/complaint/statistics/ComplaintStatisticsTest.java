package uk.childrenscomplaints.complaint.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.statistics.StatisticsComplaint.CALENDAR_2009_2010;
import static uk.childrenscomplaints.complaint.statistics.StatisticsComplaint.received;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.model.AgeBand;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.Compliment;
import uk.childrenscomplaints.complaint.model.Gender;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.OmbudsmanDecision;
import uk.childrenscomplaints.complaint.model.Outcome;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.TeamName;

/**
 * Twelve complaints of the financial year 2009/10, every figure worked out by hand below. Taken as of Friday 30 April
 * 2010. Working days count from receipt as day 0; 2009/10 bank holidays in play: Easter Monday 13 Apr 2009, 4 and 25
 * May 2009, Christmas Fri 25 Dec 2009, Boxing Day substitute Mon 28 Dec 2009, New Year Fri 1 Jan 2010, Good Friday 2
 * Apr 2010, Easter Monday 5 Apr 2010.
 */
class ComplaintStatisticsTest {
    private static final Period FY_2009_10 = Period.financialYear(2009);
    private static final LocalDate FRI_2010_04_30 = LocalDate.of(2010, 4, 30);
    private static final TeamName HUNTINGDON = new TeamName("Huntingdon");
    private static final TeamName ECF = new TeamName("ECF");
    private static final TeamName SCC = new TeamName("SCC");
    private static final TeamName KINSHIP = new TeamName("Kinship");
    private static final TeamName LAC = new TeamName("LAC");

    private final ComplaintStatistics statistics = new ComplaintStatistics();

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /**
     * <pre>
     *  #   received          proc  from (key)           child         team        issues          outcome    S1 reply    wd
     *  1   Wed 15 Apr 2009   stat  parent (p-a)         0-4  F        Huntingdon  COMM, STAND     upheld     Fri 24 Apr   7
     *  2   Fri  1 May 2009   stat  parent (p-a)         0-4  F        Huntingdon  COMM            partial    Wed 20 May  12  (4 May off)
     *  3   Wed 10 Jun 2009   stat  grandparent (p-b)    5-9  M        ECF         SERVICE         not upheld Wed 15 Jul  25
     *  4   Wed  1 Jul 2009   stat  grandparent (p-b)    5-9  M        ECF         COMM, DECISION  withdrawn  none
     *  5   Mon 14 Sep 2009   stat  child (p-c)          10-15 F       SCC         CONDUCT         not upheld Mon 28 Sep  10
     *  6   Mon  5 Oct 2009   stat  child via advocate   16-17 M       SCC         COMM            upheld     Tue 20 Oct  11
     *  7   Wed 23 Dec 2009   stat  parent (p-a)         multiple      Huntingdon  COMM,STAND,SERV partial    Mon 11 Jan  10  (Christmas)
     *  8   Mon 18 Jan 2010   stat  other relative (-)   unknown       Kinship     none            ongoing    none
     *  9   Fri 19 Mar 2010   stat  parent (-)           0-4  F        Huntingdon  STAND           not upheld Tue 20 Apr  20  (Easter)
     * 10   Mon 29 Mar 2010   stat  parent (p-e)         10-15 M       ECF         COMM            upheld     Wed 14 Apr  10  (Easter)
     * 11   Mon  3 Aug 2009   corp  parent (p-e)         5-9  F        Huntingdon  OTHER           not invest. n/a
     * 12   Mon 16 Nov 2009   stat  advocate (p-f)       10-15 F       (none)      DECISION        ongoing    Mon 10 May  (after asOf: none)
     * </pre>
     * Christmas: after Wed 23 Dec come Thu 24 (1), Tue 29 (2), Wed 30 (3), Thu 31 (4), Mon 4 Jan (5) ... Fri 8 (9),
     * Mon 11 (10). Easter, #9: Mon 22 Mar (1) ... Thu 1 Apr (9), Tue 6 (10) ... Tue 20 Apr (20). #10: Tue 30 Mar (1),
     * Wed 31 (2), Thu 1 Apr (3), Tue 6 (4) ... Wed 14 (10). Counting weekdays alone would put #7 and #10 over 10 and #9
     * over 20.
     * Stage 2: #2 (asked 1 Jun 2009, cost 1700) and #3 (asked 20 Jul 2009, cost 2101; Stage 3 asked 1 Sep 2009; to the
     * Ombudsman 2 Nov 2009, not upheld 1 Feb 2010). #2 went to the Ombudsman on 1 Mar 2010; decided 15 May 2010,
     * after the report date.
     */
    static List<Complaint> twelveComplaints() {
        return List.of(
                received(d(2009, 4, 15))
                        .from(Relationship.PARENT_CARER, "p-a")
                        .child(AgeBand.AGE_0_4, Gender.FEMALE)
                        .team("Huntingdon")
                        .issues(IssueCategory.COMMUNICATION, IssueCategory.STANDARDS)
                        .outcome(Outcome.UPHELD)
                        .stage1RespondedOn(d(2009, 4, 24))
                        .build(),
                received(d(2009, 5, 1))
                        .from(Relationship.PARENT_CARER, "p-a")
                        .child(AgeBand.AGE_0_4, Gender.FEMALE)
                        .team("Huntingdon")
                        .issues(IssueCategory.COMMUNICATION)
                        .outcome(Outcome.PARTIALLY_UPHELD)
                        .stage1RespondedOn(d(2009, 5, 20))
                        .stage2(d(2009, 6, 1), 1700L)
                        .ombudsman(d(2010, 3, 1), OmbudsmanDecision.UPHELD, d(2010, 5, 15))
                        .build(),
                received(d(2009, 6, 10))
                        .from(Relationship.GRANDPARENT, "p-b")
                        .child(AgeBand.AGE_5_9, Gender.MALE)
                        .team("ECF")
                        .issues(IssueCategory.SERVICE_PROVISION)
                        .outcome(Outcome.NOT_UPHELD)
                        .stage1RespondedOn(d(2009, 7, 15))
                        .stage2(d(2009, 7, 20), 2101L)
                        .stage3(d(2009, 9, 1))
                        .ombudsman(d(2009, 11, 2), OmbudsmanDecision.NOT_UPHELD, d(2010, 2, 1))
                        .build(),
                received(d(2009, 7, 1))
                        .from(Relationship.GRANDPARENT, "p-b")
                        .child(AgeBand.AGE_5_9, Gender.MALE)
                        .team("ECF")
                        .issues(IssueCategory.COMMUNICATION, IssueCategory.DECISION)
                        .outcome(Outcome.WITHDRAWN)
                        .build(),
                received(d(2009, 9, 14))
                        .from(Relationship.CHILD, "p-c")
                        .child(AgeBand.AGE_10_15, Gender.FEMALE)
                        .team("SCC")
                        .issues(IssueCategory.STAFF_CONDUCT)
                        .outcome(Outcome.NOT_UPHELD)
                        .stage1RespondedOn(d(2009, 9, 28))
                        .build(),
                received(d(2009, 10, 5))
                        .from(Relationship.CHILD, "p-d")
                        .viaAdvocate()
                        .child(AgeBand.AGE_16_17, Gender.MALE)
                        .team("SCC")
                        .issues(IssueCategory.COMMUNICATION)
                        .outcome(Outcome.UPHELD)
                        .stage1RespondedOn(d(2009, 10, 20))
                        .build(),
                received(d(2009, 12, 23))
                        .from(Relationship.PARENT_CARER, "p-a")
                        .child(AgeBand.MULTIPLE, Gender.MULTIPLE)
                        .team("Huntingdon")
                        .issues(IssueCategory.COMMUNICATION, IssueCategory.STANDARDS, IssueCategory.SERVICE_PROVISION)
                        .outcome(Outcome.PARTIALLY_UPHELD)
                        .stage1RespondedOn(d(2010, 1, 11))
                        .build(),
                received(d(2010, 1, 18))
                        .from(Relationship.OTHER_RELATIVE, null)
                        .team("Kinship")
                        .openAt(ComplaintState.STAGE1_OPEN)
                        .build(),
                received(d(2010, 3, 19))
                        .from(Relationship.PARENT_CARER, null)
                        .child(AgeBand.AGE_0_4, Gender.FEMALE)
                        .team("Huntingdon")
                        .issues(IssueCategory.STANDARDS)
                        .outcome(Outcome.NOT_UPHELD)
                        .stage1RespondedOn(d(2010, 4, 20))
                        .build(),
                received(d(2010, 3, 29))
                        .from(Relationship.PARENT_CARER, "p-e")
                        .child(AgeBand.AGE_10_15, Gender.MALE)
                        .team("ECF")
                        .issues(IssueCategory.COMMUNICATION)
                        .outcome(Outcome.UPHELD)
                        .stage1RespondedOn(d(2010, 4, 14))
                        .build(),
                received(d(2009, 8, 3))
                        .procedure(Procedure.CORPORATE)
                        .from(Relationship.PARENT_CARER, "p-e")
                        .child(AgeBand.AGE_5_9, Gender.FEMALE)
                        .team("Huntingdon")
                        .issues(IssueCategory.OTHER)
                        .outcome(Outcome.NOT_INVESTIGATED)
                        .build(),
                received(d(2009, 11, 16))
                        .from(Relationship.ADVOCATE, "p-f")
                        .child(AgeBand.AGE_10_15, Gender.FEMALE)
                        .issues(IssueCategory.DECISION)
                        .openAt(ComplaintState.STAGE1_RESPONDED)
                        .stage1RespondedOn(d(2010, 5, 10))
                        .build());
    }

    /** Five complaints in 2008/09, plus one of 2009/10 listed by mistake, which is left out: 12 against 5. */
    static List<Complaint> yearEarlier() {
        List<Complaint> earlier = new ArrayList<>();
        for (int month = 4; month <= 8; month++) {
            earlier.add(
                    received(d(2008, month, 10)).procedure(Procedure.CORPORATE).build());
        }
        earlier.add(received(d(2009, 4, 2)).procedure(Procedure.CORPORATE).build());
        return earlier;
    }

    private static final Map<TeamName, Integer> CASELOAD =
            Map.of(HUNTINGDON, 80, ECF, 75, SCC, 120, KINSHIP, 25, LAC, 50);

    private static final List<Compliment> COMPLIMENTS = List.of(
            new Compliment("k1", HUNTINGDON, d(2009, 6, 1), "A parent", "Thank you."),
            new Compliment("k2", HUNTINGDON, d(2009, 9, 1), "A grandparent", "Very helpful."),
            new Compliment("k3", SCC, d(2010, 3, 31), "A foster carer", "Kept us informed."),
            new Compliment("k4", SCC, d(2010, 4, 2), "A parent", "Outside the year."));

    private Report report() {
        List<Complaint> received = new ArrayList<>(twelveComplaints());
        received.add(received.get(0)); // listed twice: counted once
        received.add(received(d(2010, 4, 1)).build()); // the next year: left out
        return statistics.compute(
                FY_2009_10, received, yearEarlier(), CASELOAD, COMPLIMENTS, CALENDAR_2009_2010, FRI_2010_04_30);
    }

    @Test
    void workingDaysInTheDatasetSkipChristmasAndEaster2009To10() {
        assertThat(CALENDAR_2009_2010.workingDaysBetween(d(2009, 12, 23), d(2010, 1, 11)))
                .isEqualTo(10);
        assertThat(CALENDAR_2009_2010.workingDaysBetween(d(2010, 3, 19), d(2010, 4, 20)))
                .isEqualTo(20);
        assertThat(CALENDAR_2009_2010.workingDaysBetween(d(2010, 3, 29), d(2010, 4, 14)))
                .isEqualTo(10);
        assertThat(CALENDAR_2009_2010.workingDaysBetween(d(2009, 5, 1), d(2009, 5, 20)))
                .isEqualTo(12);
        assertThat(CALENDAR_2009_2010.workingDaysBetween(d(2009, 6, 10), d(2009, 7, 15)))
                .isEqualTo(25);
    }

    @Test
    void volumeCountsEveryComplaintReceivedInTheYearOnceAgainstLastYearAndOpenCases() {
        Report r = report();
        assertThat(r.totalReceived()).isEqualTo(Figure.count(12));
        // 12 against 5: up 7, 7/5 = 140%.
        assertThat(r.changeOnYearEarlier()).isEqualTo(new YearOnYear(12, 5, 7, 140));
        // 80 + 75 + 120 + 25 + 50 = 350 open cases; 12/350 = 3.43% -> 3%.
        assertThat(r.shareOfOpenCases()).isEqualTo(new Figure(12, 350L, 3));
    }

    @Test
    void complainantsChildrenAndIssuesAreSharesOfAllTwelve() {
        Report r = report();
        // Parents 1,2,7,9,10,11 = 6 (50%); grandparents 3,4 (17%); other relative 8 (8%); children 5,6 (17%);
        // advocate 12 (8%).
        assertThat(r.byRelationship())
                .containsExactly(
                        Map.entry(Relationship.PARENT_CARER, new Figure(6, 12L, 50)),
                        Map.entry(Relationship.GRANDPARENT, new Figure(2, 12L, 17)),
                        Map.entry(Relationship.OTHER_RELATIVE, new Figure(1, 12L, 8)),
                        Map.entry(Relationship.CHILD, new Figure(2, 12L, 17)),
                        Map.entry(Relationship.ADVOCATE, new Figure(1, 12L, 8)),
                        Map.entry(Relationship.UNRELATED, new Figure(0, 12L, 0)),
                        Map.entry(Relationship.MP, new Figure(0, 12L, 0)));
        // 0-4: 1,2,9; 5-9: 3,4,11; 10-15: 5,10,12 (25% each); 16-17: 6; multiple: 7; unknown: 8 (8% each).
        assertThat(r.byAgeBand())
                .containsExactly(
                        Map.entry(AgeBand.AGE_0_4, new Figure(3, 12L, 25)),
                        Map.entry(AgeBand.AGE_5_9, new Figure(3, 12L, 25)),
                        Map.entry(AgeBand.AGE_10_15, new Figure(3, 12L, 25)),
                        Map.entry(AgeBand.AGE_16_17, new Figure(1, 12L, 8)),
                        Map.entry(AgeBand.AGE_18_PLUS, new Figure(0, 12L, 0)),
                        Map.entry(AgeBand.MULTIPLE, new Figure(1, 12L, 8)),
                        Map.entry(AgeBand.UNKNOWN, new Figure(1, 12L, 8)));
        // Female 1,2,5,9,11,12 = 6 (50%); male 3,4,6,10 = 4 (33%); multiple 7; unknown 8.
        assertThat(r.byGender())
                .containsExactly(
                        Map.entry(Gender.FEMALE, new Figure(6, 12L, 50)),
                        Map.entry(Gender.MALE, new Figure(4, 12L, 33)),
                        Map.entry(Gender.OTHER, new Figure(0, 12L, 0)),
                        Map.entry(Gender.MULTIPLE, new Figure(1, 12L, 8)),
                        Map.entry(Gender.UNKNOWN, new Figure(1, 12L, 8)));
        // Communication 1,2,4,6,7,10 = 6; standards 1,7,9 = 3; service 3,7 = 2; conduct 5; decision 4,12 = 2;
        // other 11; none recorded: 8. Fourteen mentions from twelve complaints.
        assertThat(r.byIssue())
                .containsExactly(
                        Map.entry(IssueCategory.COMMUNICATION, new Figure(6, 12L, 50)),
                        Map.entry(IssueCategory.STANDARDS, new Figure(3, 12L, 25)),
                        Map.entry(IssueCategory.SERVICE_PROVISION, new Figure(2, 12L, 17)),
                        Map.entry(IssueCategory.STAFF_CONDUCT, new Figure(1, 12L, 8)),
                        Map.entry(IssueCategory.DECISION, new Figure(2, 12L, 17)),
                        Map.entry(IssueCategory.OTHER, new Figure(1, 12L, 8)));
        assertThat(r.noIssueRecorded()).isEqualTo(new Figure(1, 12L, 8));
        // Through an advocate: 6 (flagged) and 12 (from an advocate); directly by a child: 5 only.
        assertThat(r.viaAdvocate()).isEqualTo(new Figure(2, 12L, 17));
        assertThat(r.directlyByChildren()).isEqualTo(new Figure(1, 12L, 8));
    }

    @Test
    void outcomesTeamsAndComplimentsOfTheYear() {
        Report r = report();
        // Upheld 1,6,10; partial 2,7; not upheld 3,5,9; withdrawn 4; not investigated 11; ongoing 8,12.
        assertThat(r.byOutcome())
                .containsExactly(
                        Map.entry(Outcome.UPHELD, new Figure(3, 12L, 25)),
                        Map.entry(Outcome.PARTIALLY_UPHELD, new Figure(2, 12L, 17)),
                        Map.entry(Outcome.NOT_UPHELD, new Figure(3, 12L, 25)),
                        Map.entry(Outcome.WITHDRAWN, new Figure(1, 12L, 8)),
                        Map.entry(Outcome.NOT_INVESTIGATED, new Figure(1, 12L, 8)),
                        Map.entry(Outcome.ONGOING, new Figure(2, 12L, 17)),
                        Map.entry(Outcome.UNKNOWN, new Figure(0, 12L, 0)));
        // ECF 3,4,10 = 3 of 75 open (4%); Huntingdon 1,2,7,9,11 = 5 (42%) of 80 open (6.25% -> 6%);
        // Kinship 8 of 25 (4%); LAC none of 50; SCC 5,6 of 120 (1.67% -> 2%); no team: 12.
        assertThat(r.byTeam())
                .containsExactly(
                        new TeamFigures(ECF, new Figure(3, 12L, 25), 75, new Figure(3, 75L, 4)),
                        new TeamFigures(HUNTINGDON, new Figure(5, 12L, 42), 80, new Figure(5, 80L, 6)),
                        new TeamFigures(KINSHIP, new Figure(1, 12L, 8), 25, new Figure(1, 25L, 4)),
                        new TeamFigures(LAC, new Figure(0, 12L, 0), 50, new Figure(0, 50L, 0)),
                        new TeamFigures(SCC, new Figure(2, 12L, 17), 120, new Figure(2, 120L, 2)));
        assertThat(r.noTeam()).isEqualTo(new Figure(1, 12L, 8));
        // k4 arrived on 2 April 2010, in the next year.
        assertThat(r.complimentsByTeam()).containsExactly(Map.entry(HUNTINGDON, 2L), Map.entry(SCC, 1L));
        assertThat(r.complimentsTotal()).isEqualTo(3);
    }

    @Test
    void stagesCountStatutoryComplaintsOnlyAndIgnoreWhatHappensAfterTheReportDate() {
        Report r = report();
        // Eleven statutory (11 is corporate). Stage 2: 2 and 3 (2/11 = 18.2% -> 18%); resolved at Stage 1: 9/11 =
        // 81.8% -> 82%; Stage 3: 3 (1/11 = 9.1% -> 9%).
        assertThat(r.stages())
                .isEqualTo(new StageFigures(11, new Figure(9, 11L, 82), new Figure(2, 11L, 18), new Figure(1, 11L, 9)));
        // Within 10: 1 (7), 5 (10), 7 (10, Christmas), 10 (10, Easter) = 4/11 = 36.4% -> 36%.
        // 11 to 20: 2 (12), 6 (11), 9 (20, Easter) = 3/11 = 27.3% -> 27%. Over 20: 3 (25) = 9%.
        // Not responded: 4, 8, and 12 (answered 10 May 2010, after the report date) = 3/11 -> 27%.
        // Average over the eight answered: (7 + 12 + 25 + 10 + 11 + 10 + 20 + 10) / 8 = 105 / 8 = 13.125 -> 13.1.
        assertThat(r.stage1Timeliness())
                .isEqualTo(new Stage1Timeliness(
                        11,
                        new Figure(4, 11L, 36),
                        new Figure(3, 11L, 27),
                        new Figure(1, 11L, 9),
                        new Figure(3, 11L, 27),
                        new BigDecimal("13.1")));
        // 1700 + 2101 = 3801 over two investigations: 1900.5 -> 1901 (half-up).
        assertThat(r.stage2Costs()).isEqualTo(new Stage2Costs(2, 3801, new BigDecimal("1901")));
        // Referred: 3 (not upheld, 1 Feb 2010) and 2 (decided 15 May 2010, after the report date: awaiting).
        assertThat(r.ombudsman().referrals()).isEqualTo(2);
        assertThat(r.ombudsman().awaitingDecision()).isEqualTo(1);
        assertThat(r.ombudsman().decisions())
                .containsExactly(
                        Map.entry(OmbudsmanDecision.PREMATURE, 0L),
                        Map.entry(OmbudsmanDecision.NO_FURTHER_ACTION, 0L),
                        Map.entry(OmbudsmanDecision.UPHELD, 0L),
                        Map.entry(OmbudsmanDecision.NOT_UPHELD, 1L));
    }

    @Test
    void repeatComplainantsAreMatchedByPersonKeyAndMissingKeysNeverMatch() {
        // p-a: 1, 2, 7; p-b: 3, 4; p-e: 10, 11 (across procedures). 8 and 9 have no key: two people, not one.
        // Three people made 7 complaints: 7/12 = 58.3% -> 58%.
        assertThat(report().repeatComplainants()).isEqualTo(new RepeatComplainants(3, new Figure(7, 12L, 58)));
    }

    @Test
    void aStage1ReplyIsCountedOnceItHasBeenSent() {
        // The same twelve a fortnight later: 12's reply of Mon 10 May 2010 now counts. Mon 16 Nov 2009 to Mon 10 May
        // 2010 is far over 20 working days; average (105 + its days) / 9.
        Report later = statistics.compute(
                FY_2009_10, twelveComplaints(), List.of(), Map.of(), List.of(), CALENDAR_2009_2010, d(2010, 5, 14));
        int days12 = CALENDAR_2009_2010.workingDaysBetween(d(2009, 11, 16), d(2010, 5, 10));
        assertThat(later.stage1Timeliness().over20()).isEqualTo(new Figure(2, 11L, 18));
        assertThat(later.stage1Timeliness().notResponded()).isEqualTo(new Figure(2, 11L, 18));
        assertThat(later.stage1Timeliness().averageWorkingDays())
                .isEqualTo(BigDecimal.valueOf(105 + days12)
                        .divide(BigDecimal.valueOf(9), 1, java.math.RoundingMode.HALF_UP));
        // Ombudsman decided 15 May 2010: still awaited on the 14th.
        assertThat(later.ombudsman().awaitingDecision()).isEqualTo(1);
        // No caseload given: no share of open cases, and no year-earlier percentage from nothing.
        assertThat(later.shareOfOpenCases()).isEqualTo(new Figure(12, 0L, null));
        assertThat(later.changeOnYearEarlier()).isEqualTo(new YearOnYear(12, 0, 12, null));
    }
}
