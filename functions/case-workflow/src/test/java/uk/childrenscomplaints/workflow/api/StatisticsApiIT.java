package uk.childrenscomplaints.workflow.api;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.WorkflowApp.DIRECTOR;
import static uk.childrenscomplaints.workflow.WorkflowApp.ECF_MANAGER;
import static uk.childrenscomplaints.workflow.WorkflowApp.HUNTINGDON_MANAGER;
import static uk.childrenscomplaints.workflow.WorkflowApp.OFFICER;
import static uk.childrenscomplaints.workflow.WorkflowApp.body;
import static uk.childrenscomplaints.workflow.WorkflowApp.header;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.model.AgeBand;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.Gender;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.OmbudsmanDecision;
import uk.childrenscomplaints.complaint.model.Outcome;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.statistics.StatisticsComplaint;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.WorkflowApp;

/**
 * The statistics through the real Lambda handler against a fixed dataset whose figures were worked out by hand (the
 * arithmetic is in the comments). Complaints are stored through the real repository; caseloads and compliments go in
 * through the API, as staff would enter them. The working days come from the bundled GOV.UK bank holidays the function
 * uses, so Christmas 2009 and Easter 2010 are skipped as the function skips them.
 */
class StatisticsApiIT {
    /** Tuesday 1 June 2010, 10:00 in London: every figure below is as of this day. */
    private static final String TUE_2010_06_01 = "2010-06-01T09:00:00Z";

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.api(TUE_2010_06_01);

    private final LocalAws aws;
    private final FunctionApp app;
    private final String table;

    StatisticsApiIT(LocalAws aws, FunctionApp app) {
        this.aws = aws;
        this.app = app;
        this.table = app.table();
    }

    @BeforeEach
    void seed() {

        DynamoDbComplaints complaints = new DynamoDbComplaints(aws.dynamoDb(), table);
        dataset().forEach(c -> complaints.add(c.build()));
        // Open cases at the end of Q4 2009-10 (31 March 2010), the quarter the period ends in: 400 + 350 = 750.
        // Q3's figure must not be used.
        assertThat(app.handle(WorkflowApp.caseloads(
                                OFFICER, "2009-10", "4", "{\"teams\": {\"huntingdon\": 400, \"ECF\": 350}}"))
                        .getStatusCode())
                .isEqualTo(200);
        assertThat(app.handle(WorkflowApp.caseloads(OFFICER, "2009-10", "3", "{\"teams\": {\"Huntingdon\": 9999}}"))
                        .getStatusCode())
                .isEqualTo(200);
        // Compliments in 2009-10: Huntingdon 2, ECF 1. The one of April 2010 is outside the period.
        compliment("Huntingdon", "2009-05-01");
        compliment("Huntingdon", "2010-02-01");
        compliment("ECF", "2009-11-11");
        compliment("ECF", "2010-04-15");
    }

    private void compliment(String team, String on) {
        APIGatewayV2HTTPEvent e = WorkflowApp.as(WorkflowApp.event("case-workflow-compliment.json"), OFFICER);
        e.setBody("{\"team\":\"" + team + "\",\"receivedOn\":\"" + on + "\",\"fromWhom\":\"A parent\","
                + "\"text\":\"Thank you.\"}");
        assertThat(app.handle(e).getStatusCode()).isEqualTo(201);
    }

    private static StatisticsComplaint received(int y, int m, int d) {
        return StatisticsComplaint.received(of(y, m, d));
    }

    /**
     * Twenty complaints in 2009-10 (#1 to #20: Huntingdon #1-#12, ECF #13-#19, no team #20; #19 and #20 outside the
     * statutory procedure, so 18 statutory), eight in 2008-09, and one on each side of both years.
     *
     * <p>Stage 1 working days, receipt = day 0, weekends and bank holidays skipped:
     * #1 Thu 24 Dec 2009 → Fri 8 Jan 2010: 29, 30, 31 Dec, 4-8 Jan = 8 (25 and 28 Dec, 1 Jan are holidays);
     * #2 → Tue 12 Jan: 10; #3 → Wed 13 Jan: 11;
     * #4 Thu 25 Mar 2010 → Fri 9 Apr: 26, 29, 30, 31 Mar, 1 Apr, 6-9 Apr = 9 (Good Friday 2 and Easter Monday 5 April
     * skipped; counting them would make 11, over the 10-day band);
     * #5 Wed 31 Mar → Thu 15 Apr: 1, 6-9, 12-15 Apr = 9 (11 if Easter counted);
     * #6 Mon 1 Jun 2009 → same day: 0; #7 → Fri 26 Jun: 4 + 5 + 5 + 5 = 19;
     * #8 Wed 1 Apr 2009 → Fri 1 May: 2, 3, 6-9, 14-17, 20-24, 27-30 Apr, 1 May = 20 (Easter 2009: 10 and 13 Apr);
     * #9 → Tue 5 May: 21 (4 May a holiday); #10 Mon 7 Sep → Mon 2 Nov 2009: 4 + 7 × 5 + 1 = 40;
     * #11 Tue 13 Oct → Tue 20 Oct: 5; #12 → Tue 27 Oct: 10; #13 Mon 4 Jan 2010 → Mon 18 Jan: 10;
     * #16 Mon 15 Feb → Mon 22 Feb: 5; #17 Mon 1 Mar → Wed 31 Mar: 22;
     * #14 (withdrawn), #15 (open) and #18 (answered 15 June, after the report date) not responded.
     */
    static List<StatisticsComplaint> dataset() {
        return List.of(
                // #1-#3: one parent (person A), three complaints
                received(2009, 12, 24)
                        .by(Route.TELEPHONE)
                        .team("Huntingdon")
                        .from(Relationship.PARENT_CARER, "person-a")
                        .child(AgeBand.AGE_0_4, Gender.FEMALE)
                        .issues(IssueCategory.COMMUNICATION, IssueCategory.STANDARDS)
                        .outcome(Outcome.UPHELD)
                        .stage1RespondedOn(of(2010, 1, 8))
                        .stage2(of(2010, 1, 20), 3000L)
                        .stage3(of(2010, 3, 10))
                        .ombudsman(of(2010, 4, 1), OmbudsmanDecision.UPHELD, of(2010, 5, 20)),
                received(2009, 12, 24)
                        .by(Route.TELEPHONE)
                        .team("Huntingdon")
                        .from(Relationship.PARENT_CARER, "person-a")
                        .child(AgeBand.AGE_0_4, Gender.MALE)
                        .issues(IssueCategory.COMMUNICATION, IssueCategory.STANDARDS)
                        .outcome(Outcome.UPHELD)
                        .stage1RespondedOn(of(2010, 1, 12))
                        .stage2(of(2010, 1, 25), 1500L)
                        .ombudsman(of(2010, 3, 1), OmbudsmanDecision.PREMATURE, of(2010, 3, 15)),
                // #3: a Stage 3 imported without its Stage 2 record still counts as having reached Stage 2
                received(2009, 12, 24)
                        .by(Route.TELEPHONE)
                        .team("Huntingdon")
                        .from(Relationship.PARENT_CARER, "person-a")
                        .child(AgeBand.AGE_0_4, Gender.FEMALE)
                        .issues(IssueCategory.COMMUNICATION, IssueCategory.SERVICE_PROVISION)
                        .outcome(Outcome.UPHELD)
                        .stage1RespondedOn(of(2010, 1, 13))
                        .stage3(of(2010, 2, 20))
                        .ombudsman(of(2010, 5, 1), null, null),
                // #4-#5: person B, two complaints, across Easter 2010
                received(2010, 3, 25)
                        .team("Huntingdon")
                        .from(Relationship.PARENT_CARER, "person-b")
                        .child(AgeBand.AGE_0_4, Gender.MALE)
                        .issues(IssueCategory.COMMUNICATION, IssueCategory.STAFF_CONDUCT)
                        .outcome(Outcome.UPHELD)
                        .stage1RespondedOn(of(2010, 4, 9)),
                received(2010, 3, 31)
                        .team("Huntingdon")
                        .from(Relationship.PARENT_CARER, "person-b")
                        .child(AgeBand.AGE_5_9, Gender.FEMALE)
                        .issues(IssueCategory.COMMUNICATION, IssueCategory.DECISION)
                        .outcome(Outcome.PARTIALLY_UPHELD)
                        .stage1RespondedOn(of(2010, 4, 15)),
                received(2009, 6, 1)
                        .team("Huntingdon")
                        .from(Relationship.PARENT_CARER, "person-6")
                        .child(AgeBand.AGE_5_9, Gender.MALE)
                        .issues(IssueCategory.COMMUNICATION)
                        .outcome(Outcome.PARTIALLY_UPHELD)
                        .stage1RespondedOn(of(2009, 6, 1)),
                received(2009, 6, 1)
                        .team("Huntingdon")
                        .from(Relationship.PARENT_CARER, "person-7")
                        .child(AgeBand.AGE_5_9, Gender.FEMALE)
                        .issues(IssueCategory.COMMUNICATION)
                        .outcome(Outcome.PARTIALLY_UPHELD)
                        .stage1RespondedOn(of(2009, 6, 26)),
                // #8: Stage 2 never costed; referred, decided only after the report date
                received(2009, 4, 1)
                        .team("Huntingdon")
                        .from(Relationship.PARENT_CARER, "person-8")
                        .child(AgeBand.AGE_5_9, Gender.MALE)
                        .issues(IssueCategory.COMMUNICATION)
                        .outcome(Outcome.NOT_UPHELD)
                        .stage1RespondedOn(of(2009, 5, 1))
                        .stage2(of(2009, 5, 10), null)
                        .ombudsman(of(2010, 5, 10), OmbudsmanDecision.NO_FURTHER_ACTION, of(2010, 7, 1)),
                received(2009, 4, 1)
                        .team("Huntingdon")
                        .from(Relationship.PARENT_CARER, "person-9")
                        .child(AgeBand.AGE_5_9, Gender.FEMALE)
                        .issues(IssueCategory.STANDARDS)
                        .outcome(Outcome.NOT_UPHELD)
                        .stage1RespondedOn(of(2009, 5, 5))
                        .stage2(of(2009, 6, 1), 4200L)
                        .ombudsman(of(2009, 9, 1), OmbudsmanDecision.NOT_UPHELD, of(2009, 12, 1)),
                // #10: Stage 2 and a referral dated after the report date: neither counts yet
                received(2009, 9, 7)
                        .team("Huntingdon")
                        .from(Relationship.PARENT_CARER, "person-10")
                        .child(AgeBand.AGE_10_15, Gender.MALE)
                        .issues(IssueCategory.STANDARDS)
                        .outcome(Outcome.NOT_UPHELD)
                        .stage1RespondedOn(of(2009, 11, 2))
                        .stage2(of(2010, 6, 20), 9999L)
                        .ombudsman(of(2010, 6, 30), null, null),
                received(2009, 10, 13)
                        .team("Huntingdon")
                        .from(Relationship.GRANDPARENT, "person-11")
                        .child(AgeBand.AGE_10_15, Gender.FEMALE)
                        .issues(IssueCategory.SERVICE_PROVISION)
                        .outcome(Outcome.NOT_UPHELD)
                        .stage1RespondedOn(of(2009, 10, 20)),
                received(2009, 10, 13)
                        .team("Huntingdon")
                        .from(Relationship.GRANDPARENT, "person-12")
                        .child(AgeBand.AGE_10_15, Gender.MALE)
                        .issues(IssueCategory.SERVICE_PROVISION)
                        .outcome(Outcome.NOT_UPHELD)
                        .stage1RespondedOn(of(2009, 10, 27)),
                received(2010, 1, 4)
                        .team("ECF")
                        .from(Relationship.OTHER_RELATIVE, "person-13")
                        .child(AgeBand.AGE_10_15, Gender.FEMALE)
                        .issues(IssueCategory.STAFF_CONDUCT)
                        .outcome(Outcome.NOT_UPHELD)
                        .stage1RespondedOn(of(2010, 1, 18)),
                // #14-#15: children complaining themselves
                received(2010, 2, 1)
                        .team("ECF")
                        .from(Relationship.CHILD, "person-14")
                        .child(AgeBand.AGE_10_15, Gender.MALE)
                        .issues(IssueCategory.DECISION)
                        .by(Route.EMAIL)
                        .outcome(Outcome.WITHDRAWN),
                received(2010, 2, 1)
                        .team("ECF")
                        .from(Relationship.CHILD, "person-15")
                        .child(AgeBand.AGE_10_15, Gender.FEMALE)
                        .issues(IssueCategory.DECISION)
                        .openAt(ComplaintState.STAGE1_OPEN),
                // #16: a child through an advocate, at Stage 2; #17: an advocate
                received(2010, 2, 15)
                        .team("ECF")
                        .from(Relationship.CHILD, "person-16")
                        .viaAdvocate()
                        .child(AgeBand.AGE_16_17, Gender.MALE)
                        .issues(IssueCategory.DECISION)
                        .stage1RespondedOn(of(2010, 2, 22))
                        .stage2(of(2010, 3, 1), 2500L)
                        .openAt(ComplaintState.STAGE2_INVESTIGATING),
                received(2010, 3, 1)
                        .team("ECF")
                        .from(Relationship.ADVOCATE, "person-17")
                        .child(AgeBand.AGE_16_17, Gender.FEMALE)
                        .issues(IssueCategory.DECISION)
                        .stage1RespondedOn(of(2010, 3, 31))
                        .openAt(ComplaintState.STAGE1_RESPONDED),
                received(2010, 3, 15)
                        .team("ECF")
                        .from(Relationship.UNRELATED, "person-18")
                        .child(AgeBand.MULTIPLE, Gender.MULTIPLE)
                        .issues(IssueCategory.OTHER)
                        .stage1RespondedOn(of(2010, 6, 15))
                        .openAt(ComplaintState.STAGE1_OPEN),
                // #19-#20: outside the statutory procedure; #19's referral is not a statutory one
                received(2009, 11, 2)
                        .team("ECF")
                        .from(Relationship.MP, null)
                        .procedure(Procedure.CORPORATE)
                        .outcome(Outcome.NOT_INVESTIGATED)
                        .ombudsman(of(2010, 2, 1), OmbudsmanDecision.UPHELD, of(2010, 3, 1)),
                received(2009, 7, 1)
                        .from(Relationship.UNRELATED, "person-20")
                        .procedure(Procedure.SCHOOLS)
                        .outcome(Outcome.UNKNOWN),
                // 2008-09: eight (Huntingdon five, ECF three); person A again, which makes no repeat in 2009-10
                received(2008, 4, 1).team("Huntingdon").from(Relationship.PARENT_CARER, "person-a"),
                received(2008, 6, 15).team("Huntingdon").by(Route.TELEPHONE),
                received(2008, 8, 20).team("Huntingdon"),
                received(2008, 10, 1).team("Huntingdon"),
                received(2008, 12, 24).team("Huntingdon"),
                received(2009, 1, 15).team("ECF"),
                received(2009, 2, 28).team("ECF"),
                received(2009, 3, 31).team("ECF"),
                // outside both years
                received(2008, 3, 31).team("Huntingdon"),
                received(2010, 4, 6).team("Huntingdon"));
    }

    private APIGatewayV2HTTPResponse stats(Map<String, String> claims, Map<String, String> query) {
        return app.handle(WorkflowApp.stats(claims, query));
    }

    private static final Map<String, String> YEAR_2009_10 = Map.of("from", "2009-04-01", "to", "2010-03-31");

    @Test
    void theYearsFiguresThroughTheJsonMatchTheHandWorkedDataset() {
        APIGatewayV2HTTPResponse r = stats(OFFICER, YEAR_2009_10);

        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(200);
        assertThat(header(r, "Content-Type")).startsWith("application/json");
        assertThat(header(r, "Cache-Control")).isEqualTo("no-store");
        String json = body(r);
        assertThat(json)
                .contains(
                        "\"period\":{\"from\":\"2009-04-01\",\"to\":\"2010-03-31\"}",
                        "\"asOf\":\"2010-06-01\"",
                        "\"team\":null",
                        "\"totalReceived\":{\"count\":20,\"of\":null,\"percent\":null}",
                        // 20 against 8: 12 more, 12/8 = 150%
                        "\"changeOnYearEarlier\":{\"received\":20,\"receivedYearEarlier\":8,\"change\":12,\"percentChange\":150}",
                        // 20 of 750 open cases = 2.67% → 3
                        "\"shareOfOpenCases\":{\"count\":20,\"of\":750,\"percent\":3}",
                        // parent/carer #1-#10, grandparent #11-#12, other relative #13, child #14-#16, advocate #17,
                        // unrelated #18 and #20, MP #19
                        "\"byRelationship\":{\"parent_carer\":{\"count\":10,\"of\":20,\"percent\":50},"
                                + "\"grandparent\":{\"count\":2,\"of\":20,\"percent\":10},"
                                + "\"other_relative\":{\"count\":1,\"of\":20,\"percent\":5},"
                                + "\"child\":{\"count\":3,\"of\":20,\"percent\":15},"
                                + "\"advocate\":{\"count\":1,\"of\":20,\"percent\":5},"
                                + "\"unrelated\":{\"count\":2,\"of\":20,\"percent\":10},"
                                + "\"mp\":{\"count\":1,\"of\":20,\"percent\":5}}",
                        // 0-4 #1-#4, 5-9 #5-#9, 10-15 #10-#15, 16-17 #16-#17, multiple #18, unknown #19-#20
                        "\"byAgeBand\":{\"0-4\":{\"count\":4,\"of\":20,\"percent\":20},"
                                + "\"5-9\":{\"count\":5,\"of\":20,\"percent\":25},"
                                + "\"10-15\":{\"count\":6,\"of\":20,\"percent\":30},"
                                + "\"16-17\":{\"count\":2,\"of\":20,\"percent\":10},"
                                + "\"18+\":{\"count\":0,\"of\":20,\"percent\":0},"
                                + "\"multiple\":{\"count\":1,\"of\":20,\"percent\":5},"
                                + "\"unknown\":{\"count\":2,\"of\":20,\"percent\":10}}",
                        "\"byGender\":{\"female\":{\"count\":9,\"of\":20,\"percent\":45},"
                                + "\"male\":{\"count\":8,\"of\":20,\"percent\":40},"
                                + "\"other\":{\"count\":0,\"of\":20,\"percent\":0},"
                                + "\"multiple\":{\"count\":1,\"of\":20,\"percent\":5},"
                                + "\"unknown\":{\"count\":2,\"of\":20,\"percent\":10}}",
                        // communication #1-#8; standards #1, #2, #9, #10; service #3, #11, #12; conduct #4, #13;
                        // decision #5, #14-#17; other #18; none #19, #20
                        "\"byIssue\":{\"communication\":{\"count\":8,\"of\":20,\"percent\":40},"
                                + "\"standards\":{\"count\":4,\"of\":20,\"percent\":20},"
                                + "\"service_provision\":{\"count\":3,\"of\":20,\"percent\":15},"
                                + "\"staff_conduct\":{\"count\":2,\"of\":20,\"percent\":10},"
                                + "\"decision\":{\"count\":5,\"of\":20,\"percent\":25},"
                                + "\"other\":{\"count\":1,\"of\":20,\"percent\":5}}",
                        "\"noIssueRecorded\":{\"count\":2,\"of\":20,\"percent\":10}",
                        // upheld #1-#4, partially #5-#7, not upheld #8-#13, withdrawn #14, not investigated #19,
                        // ongoing #15-#18, not known #20
                        "\"byOutcome\":{\"upheld\":{\"count\":4,\"of\":20,\"percent\":20},"
                                + "\"partially_upheld\":{\"count\":3,\"of\":20,\"percent\":15},"
                                + "\"not_upheld\":{\"count\":6,\"of\":20,\"percent\":30},"
                                + "\"withdrawn\":{\"count\":1,\"of\":20,\"percent\":5},"
                                + "\"not_investigated\":{\"count\":1,\"of\":20,\"percent\":5},"
                                + "\"ongoing\":{\"count\":4,\"of\":20,\"percent\":20},"
                                + "\"unknown\":{\"count\":1,\"of\":20,\"percent\":5}}",
                        // ECF 7/20 = 35%, 7/350 = 2%; Huntingdon 12/20 = 60%, 12/400 = 3%
                        "\"byTeam\":[{\"team\":\"ECF\",\"complaints\":{\"count\":7,\"of\":20,\"percent\":35},"
                                + "\"openCases\":350,\"shareOfOpenCases\":{\"count\":7,\"of\":350,\"percent\":2}},"
                                + "{\"team\":\"Huntingdon\",\"complaints\":{\"count\":12,\"of\":20,\"percent\":60},"
                                + "\"openCases\":400,\"shareOfOpenCases\":{\"count\":12,\"of\":400,\"percent\":3}}]",
                        "\"noTeam\":{\"count\":1,\"of\":20,\"percent\":5}",
                        // 18 statutory; Stage 2 by 1 June: #1, #2, #3 (through Stage 3), #8, #9, #16 = 6 (33%), so 12
                        // resolved at Stage 1 (67%); Stage 3: #1, #3 = 2 (11%)
                        "\"stages\":{\"statutoryComplaints\":18,\"resolvedAtStage1\":{\"count\":12,\"of\":18,\"percent\":67},"
                                + "\"progressedToStage2\":{\"count\":6,\"of\":18,\"percent\":33},"
                                + "\"progressedToStage3\":{\"count\":2,\"of\":18,\"percent\":11}}",
                        // within 10: #1, #2, #4, #5, #6, #11, #12, #13, #16 = 9 (50%); 11-20: #3, #7, #8 = 3 (17%);
                        // over 20: #9, #10, #17 = 3; not responded: #14, #15, #18 = 3.
                        // Average over the 15 answered: (8+10+11+9+9+0+19+20+21+40+5+10+10+5+22) / 15 = 199/15 = 13.27
                        "\"stage1Timeliness\":{\"statutoryComplaints\":18,\"within10\":{\"count\":9,\"of\":18,\"percent\":50},"
                                + "\"within11To20\":{\"count\":3,\"of\":18,\"percent\":17},"
                                + "\"over20\":{\"count\":3,\"of\":18,\"percent\":17},"
                                + "\"notResponded\":{\"count\":3,\"of\":18,\"percent\":17},\"averageWorkingDays\":13.3}",
                        // costed: #1 3000, #2 1500, #9 4200, #16 2500 = 11200 over 4 = 2800 (#8 uncosted, #10 not yet)
                        "\"stage2Costs\":{\"costedInvestigations\":4,\"totalPounds\":11200,\"averagePounds\":2800}",
                        // referred by 1 June: #1 upheld, #2 premature, #9 not upheld, #3 and #8 awaiting (#8 decided in
                        // July); #10 referred after the report date, #19 not statutory
                        "\"ombudsman\":{\"referrals\":5,\"decisions\":{\"premature\":1,\"no_further_action\":0,\"upheld\":1,"
                                + "\"not_upheld\":1},\"awaitingDecision\":2}",
                        // #16 (a child through an advocate) and #17 (an advocate); children directly: #14, #15
                        "\"viaAdvocate\":{\"count\":2,\"of\":20,\"percent\":10}",
                        "\"directlyByChildren\":{\"count\":2,\"of\":20,\"percent\":10}",
                        // person A 3, person B 2: 5 complaints from 2 people, 5/20 = 25%
                        "\"repeatComplainants\":{\"people\":2,\"complaints\":{\"count\":5,\"of\":20,\"percent\":25}}",
                        "\"complimentsByTeam\":{\"ECF\":1,\"Huntingdon\":2},\"complimentsTotal\":3",
                        // #1-#3 by telephone, #14 by email, the rest by letter; in 2008-09 one of eight by telephone:
                        // 1/8 = 12.5% and 7/8 = 87.5%, half-up
                        "\"byRoute\":{\"telephone\":{\"count\":3,\"of\":20,\"percent\":15,"
                                + "\"yearEarlier\":{\"count\":1,\"of\":8,\"percent\":13}},"
                                + "\"letter\":{\"count\":16,\"of\":20,\"percent\":80,"
                                + "\"yearEarlier\":{\"count\":7,\"of\":8,\"percent\":88}},"
                                + "\"in_person\":{\"count\":0,\"of\":20,\"percent\":0,"
                                + "\"yearEarlier\":{\"count\":0,\"of\":8,\"percent\":0}},"
                                + "\"online\":{\"count\":0,\"of\":20,\"percent\":0,"
                                + "\"yearEarlier\":{\"count\":0,\"of\":8,\"percent\":0}},"
                                + "\"email\":{\"count\":1,\"of\":20,\"percent\":5,"
                                + "\"yearEarlier\":{\"count\":0,\"of\":8,\"percent\":0}}}",
                        "\"reopened\":{\"count\":0,\"of\":20,\"percent\":0}");
    }

    @Test
    void theSameFiguresThroughTheCsvAsADownload() {
        APIGatewayV2HTTPResponse r = stats(OFFICER, Map.of("year", "2009-10", "format", "csv"));

        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(200);
        assertThat(header(r, "Content-Type")).isEqualTo("text/csv; charset=utf-8");
        assertThat(header(r, "Content-Disposition"))
                .isEqualTo("attachment; filename=\"complaints-statistics-2009-04-01-to-2010-03-31.csv\"");
        assertThat(header(r, "Cache-Control")).isEqualTo("no-store");
        List<String> rows = List.of(body(r).split("\r\n"));
        assertThat(rows.get(0)).isEqualTo("section,item,value,out_of,percent");
        assertThat(rows)
                .contains(
                        "period,from,2009-04-01,,",
                        "period,to,2010-03-31,,",
                        "period,asOf,2010-06-01,,",
                        "totalReceived,all,20,,",
                        "changeOnYearEarlier,receivedYearEarlier,8,,",
                        "changeOnYearEarlier,change,12,8,150",
                        "shareOfOpenCases,all,20,750,3",
                        "byRelationship,parent_carer,10,20,50",
                        "byRelationship,child,3,20,15",
                        "byRelationship,mp,1,20,5",
                        "byAgeBand,10-15,6,20,30",
                        "byAgeBand,18+,0,20,0",
                        "byGender,female,9,20,45",
                        "byIssue,decision,5,20,25",
                        "noIssueRecorded,all,2,20,10",
                        "byOutcome,not_upheld,6,20,30",
                        "byOutcome,ongoing,4,20,20",
                        "byTeam,ECF,7,20,35",
                        "byTeam,Huntingdon,12,20,60",
                        "byTeamShareOfOpenCases,ECF,7,350,2",
                        "byTeamShareOfOpenCases,Huntingdon,12,400,3",
                        "noTeam,all,1,20,5",
                        "stages,statutoryComplaints,18,,",
                        "stages,resolvedAtStage1,12,18,67",
                        "stages,progressedToStage2,6,18,33",
                        "stages,progressedToStage3,2,18,11",
                        "stage1Timeliness,within10,9,18,50",
                        "stage1Timeliness,within11To20,3,18,17",
                        "stage1Timeliness,over20,3,18,17",
                        "stage1Timeliness,notResponded,3,18,17",
                        "stage1Timeliness,averageWorkingDays,13.3,,",
                        "stage2Costs,costedInvestigations,4,,",
                        "stage2Costs,totalPounds,11200,,",
                        "stage2Costs,averagePounds,2800,,",
                        "ombudsman,referrals,5,,",
                        "ombudsman,premature,1,,",
                        "ombudsman,no_further_action,0,,",
                        "ombudsman,upheld,1,,",
                        "ombudsman,not_upheld,1,,",
                        "ombudsman,awaitingDecision,2,,",
                        "viaAdvocate,all,2,20,10",
                        "directlyByChildren,all,2,20,10",
                        "repeatComplainants,people,2,,",
                        "repeatComplainants,complaints,5,20,25",
                        "complimentsByTeam,ECF,1,,",
                        "complimentsByTeam,Huntingdon,2,,",
                        "complimentsTotal,all,3,,",
                        "byRoute,telephone,3,20,15",
                        "byRoute,letter,16,20,80",
                        "byRoute,in_person,0,20,0",
                        "byRoute,online,0,20,0",
                        "byRoute,email,1,20,5",
                        "byRouteYearEarlier,telephone,1,8,13",
                        "byRouteYearEarlier,letter,7,8,88",
                        "byRouteYearEarlier,email,0,8,0",
                        "reopened,all,0,20,0");
    }

    @Test
    void csvIsAlsoChosenByTheAcceptHeaderAndAQuarterCanBeNamed() {
        APIGatewayV2HTTPEvent e = WorkflowApp.stats(OFFICER, Map.of("quarter", "2009-10-Q3"));
        e.getHeaders().put("accept", "text/csv");
        APIGatewayV2HTTPResponse r = app.handle(e);

        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(200);
        assertThat(header(r, "Content-Type")).isEqualTo("text/csv; charset=utf-8");
        // Q3 (October to December 2009): #1-#3, #11, #12, #19 = 6; the same quarter of 2008: 1 October and
        // 24 December = 2, so 4 more (200%); Q3's own caseload, 9999 Huntingdon, is the one set against it.
        assertThat(List.of(body(r).split("\r\n")))
                .contains(
                        "period,from,2009-10-01,,",
                        "period,to,2009-12-31,,",
                        "totalReceived,all,6,,",
                        "changeOnYearEarlier,change,4,2,200",
                        "shareOfOpenCases,all,6,9999,0",
                        "byTeamShareOfOpenCases,Huntingdon,5,9999,0",
                        "byTeamShareOfOpenCases,ECF,1,,",
                        "complimentsByTeam,ECF,1,,",
                        "complimentsTotal,all,1,,");
    }

    @Test
    void aRespondingManagerGetsOnlyTheirOwnTeamsFigures() {
        APIGatewayV2HTTPResponse r = stats(HUNTINGDON_MANAGER, YEAR_2009_10);

        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(200);
        // Huntingdon: #1-#12 against five in 2008-09 (7 more, 140%); 12 of its 400 open cases (3%); every
        // complaint is a parent's (#1-#10, 83%) or a grandparent's (#11-#12, 17%); Stage 2: #1, #2, #3, #8, #9
        // = 5 of 12 (42%); people A and B: 5 of 12 (42%); compliments 2. Nothing of ECF's.
        assertThat(body(r))
                .contains(
                        "\"team\":\"Huntingdon\"",
                        "\"changeOnYearEarlier\":{\"received\":12,\"receivedYearEarlier\":5,\"change\":7,\"percentChange\":140}",
                        "\"shareOfOpenCases\":{\"count\":12,\"of\":400,\"percent\":3}",
                        "\"parent_carer\":{\"count\":10,\"of\":12,\"percent\":83}",
                        "\"grandparent\":{\"count\":2,\"of\":12,\"percent\":17}",
                        "\"child\":{\"count\":0,\"of\":12,\"percent\":0}",
                        "\"progressedToStage2\":{\"count\":5,\"of\":12,\"percent\":42}",
                        "\"repeatComplainants\":{\"people\":2,\"complaints\":{\"count\":5,\"of\":12,\"percent\":42}}",
                        "\"complimentsByTeam\":{\"Huntingdon\":2},\"complimentsTotal\":2")
                .doesNotContain("ECF");

        APIGatewayV2HTTPResponse csv = stats(HUNTINGDON_MANAGER, Map.of("year", "2009", "format", "csv"));
        assertThat(header(csv, "Content-Disposition"))
                .isEqualTo("attachment; filename=\"complaints-statistics-huntingdon-2009-04-01-to-2010-03-31.csv\"");
        assertThat(body(csv)).contains("totalReceived,all,12,,").doesNotContain("ECF");

        // Another team's figures are refused, and so are a two-team manager's until they name one.
        assertThat(stats(HUNTINGDON_MANAGER, Map.of("year", "2009-10", "team", "ECF"))
                        .getStatusCode())
                .isEqualTo(403);
        Map<String, String> twoTeams = WorkflowApp.claims("two-teams", "[responding-manager]", "Huntingdon,ECF");
        APIGatewayV2HTTPResponse unnamed = stats(twoTeams, YEAR_2009_10);
        assertThat(unnamed.getStatusCode()).isEqualTo(400);
        assertThat(body(unnamed)).contains("\"field\":\"team\"").doesNotContain("totalReceived");
        assertThat(body(stats(twoTeams, Map.of("year", "2009-10", "team", "ecf"))))
                .contains("\"team\":\"ECF\"", "\"totalReceived\":{\"count\":7,");
        assertThat(body(stats(ECF_MANAGER, YEAR_2009_10)))
                .contains("\"team\":\"ECF\"", "\"totalReceived\":{\"count\":7,")
                .doesNotContain("Huntingdon");
    }

    @Test
    void theDirectorSeesTheCouncilAndTheComplaintsTeamMayAskForOneTeam() {
        assertThat(body(stats(DIRECTOR, YEAR_2009_10))).contains("\"team\":null", "\"totalReceived\":{\"count\":20,");
        assertThat(body(stats(OFFICER, Map.of("year", "2009-10", "team", "huntingdon"))))
                .contains("\"team\":\"Huntingdon\"", "\"totalReceived\":{\"count\":12,");
    }

    @Test
    void withoutARoleOrWithoutSigningInThereAreNoFigures() {
        APIGatewayV2HTTPResponse noRole = stats(WorkflowApp.claims("visitor", "[admins]", "Huntingdon"), YEAR_2009_10);
        assertThat(noRole.getStatusCode()).isEqualTo(403);
        assertThat(body(noRole))
                .isEqualTo(
                        "{\"errors\":[{\"field\":\"Authorization\",\"message\":\"Forbidden: your role does not allow this\"}]}");

        APIGatewayV2HTTPResponse anonymous = stats(null, YEAR_2009_10);
        assertThat(anonymous.getStatusCode()).isEqualTo(401);
        assertThat(header(anonymous, "Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void badPeriodsAreRefusedWithTheParameterAndTheFixAndNoFigures() {
        Map<Map<String, String>, String> bad = new java.util.LinkedHashMap<>();
        bad.put(Map.of(), "\"field\":\"from\",\"message\":\"The period is missing.");
        bad.put(Map.of("from", "2009-04-01"), "\"field\":\"to\",\"message\":\"to is missing.");
        bad.put(
                Map.of("from", "2009-02-30", "to", "2010-03-31"),
                "\"field\":\"from\",\"message\":\"from must be a real date written as YYYY-MM-DD");
        bad.put(
                Map.of("from", "2010-03-31", "to", "2009-04-01"),
                "\"field\":\"to\",\"message\":\"to must be on or after from");
        bad.put(
                Map.of("from", "2008-04-01", "to", "2019-03-31"),
                "\"field\":\"to\",\"message\":\"A report covers at most ten years");
        bad.put(Map.of("year", "0000-01"), "\"field\":\"year\"");
        bad.put(
                Map.of("from", "0001-01-01", "to", "2009-03-31"),
                "\"field\":\"from\",\"message\":\"from must be 2008-04-01");
        bad.put(Map.of("quarter", "2009-10-Q5"), "\"field\":\"quarter\"");
        bad.put(Map.of("year", "2009-11"), "\"field\":\"year\"");
        bad.put(Map.of("year", "2009-10", "quarter", "2009-10-Q1"), "\"field\":\"period\"");
        bad.put(Map.of("year", "2009-10", "format", "xlsx"), "\"field\":\"format\"");
        bad.put(Map.of("year", "2009-10", "team", "Nowhere"), "\"field\":\"team\"");
        bad.forEach((query, problem) -> {
            APIGatewayV2HTTPResponse r = stats(OFFICER, query);
            assertThat(r.getStatusCode()).as(query.toString()).isEqualTo(400);
            assertThat(header(r, "Content-Type")).startsWith("application/json");
            assertThat(body(r))
                    .as(query.toString())
                    .startsWith("{\"errors\":[")
                    .contains(problem)
                    .doesNotContain("totalReceived");
        });
    }
}
