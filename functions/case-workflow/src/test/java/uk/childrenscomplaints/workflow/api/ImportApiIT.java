package uk.childrenscomplaints.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.WorkflowApp.DIRECTOR;
import static uk.childrenscomplaints.workflow.WorkflowApp.HUNTINGDON_MANAGER;
import static uk.childrenscomplaints.workflow.WorkflowApp.OFFICER;
import static uk.childrenscomplaints.workflow.WorkflowApp.body;
import static uk.childrenscomplaints.workflow.WorkflowApp.header;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.complaint.application.deadlines.ChasingLateResponses;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.OmbudsmanDecision;
import uk.childrenscomplaints.complaint.model.Outcome;
import uk.childrenscomplaints.complaint.model.Reference;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.statistics.ComplaintStatistics;
import uk.childrenscomplaints.complaint.statistics.Figure;
import uk.childrenscomplaints.complaint.statistics.Period;
import uk.childrenscomplaints.complaint.statistics.Report;
import uk.childrenscomplaints.complaint.statistics.Stage1Timeliness;
import uk.childrenscomplaints.complaint.statistics.Stage2Costs;
import uk.childrenscomplaints.complaint.statistics.StageFigures;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.WorkflowApp;
import uk.childrenscomplaints.workflow.staff.RequestBodies;

/**
 * {@code POST /staff/imports} through the real Lambda handler, writing to dynalite with the real SDK: the sample file
 * of 12 past complaints (events/import/past-complaints-sample.csv), read back through the quarter index the report
 * reads, and the figures worked out by hand.
 */
class ImportApiIT {
    /** Monday 4 January 2027, 10:00 in London (GMT). */
    private static final String MON_2027_01_04 = "2027-01-04T10:00:00Z";

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.api(MON_2027_01_04);

    private final LocalAws aws;
    private final LocalEventBus bus;
    private final FunctionApp app;
    private final String table;

    ImportApiIT(LocalAws aws, LocalEventBus bus, FunctionApp app) {
        this.aws = aws;
        this.bus = bus;
        this.app = app;
        this.table = app.table();
    }

    private DynamoDbComplaints complaints;

    @BeforeEach
    void start() {
        complaints = new DynamoDbComplaints(aws.dynamoDb(), table);
    }

    private static String sample() {
        return WorkflowApp.event("case-workflow-import.json").getBody();
    }

    private APIGatewayV2HTTPResponse importing(Map<String, String> claims, String contentType, String csv) {
        APIGatewayV2HTTPEvent e = WorkflowApp.as(WorkflowApp.event("case-workflow-import.json"), claims);
        if (contentType == null) {
            e.getHeaders().remove("content-type");
        } else {
            e.getHeaders().put("content-type", contentType);
        }
        e.setBody(csv);
        return app.handle(e);
    }

    /** Everything received in 2009/10, quarter by quarter, from the quarter index. */
    private List<Complaint> year2009() {
        List<Complaint> found = new ArrayList<>();
        FinancialQuarter q = new FinancialQuarter(2009, 1);
        for (int i = 0; i < 4; i++, q = q.next()) {
            found.addAll(complaints.receivedIn(q, q.firstDay(), q.lastDay()));
        }
        return found;
    }

    private Complaint byReference(String reference) {
        return year2009().stream()
                .filter(c -> c.reference().toString().equals(reference))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theSampleFileImportsOnceAndTheQuarterIndexReturnsEachComplaintWithWhatTheReportReads() throws Exception {
        APIGatewayV2HTTPResponse first = importing(OFFICER, "text/csv", sample());
        assertThat(first.getStatusCode()).as(body(first)).isEqualTo(200);
        assertThat(body(first)).isEqualTo("{\"imported\":12,\"alreadyPresent\":0}");
        assertThat(header(first, "Cache-Control")).isEqualTo("no-store");

        APIGatewayV2HTTPResponse again = importing(OFFICER, "text/csv; charset=utf-8", sample());
        assertThat(body(again)).isEqualTo("{\"imported\":0,\"alreadyPresent\":12}");

        // Three a quarter, each in the quarter it was received in.
        FinancialQuarter q = new FinancialQuarter(2009, 1);
        for (int i = 0; i < 4; i++, q = q.next()) {
            assertThat(complaints.receivedIn(q, q.firstDay(), q.lastDay()))
                    .as(q.toString())
                    .hasSize(3);
        }
        Complaint c = byReference("CF/09/003");
        assertThat(c.intake().imported()).isTrue();
        assertThat(c.intake().complainant().relationship()).isEqualTo(Relationship.PARENT_CARER);
        assertThat(c.intake().issues()).containsExactly(IssueCategory.SERVICE_PROVISION, IssueCategory.STAFF_CONDUCT);
        assertThat(c.parts().stage1().respondedOn()).isEqualTo(LocalDate.of(2009, 7, 3));
        assertThat(c.parts().stage2().costPounds()).isEqualTo(2400L);
        assertThat(c.parts().stage2().respondedOn()).isEqualTo(LocalDate.of(2009, 8, 28));
        assertThat(c.parts().stage3().requestedOn()).isEqualTo(LocalDate.of(2009, 9, 14));
        assertThat(c.parts().ombudsman().decision()).isEqualTo(OmbudsmanDecision.NOT_UPHELD);
        assertThat(c.state()).isEqualTo(ComplaintState.CLOSED);
        assertThat(c.outcome()).isEqualTo(Outcome.NOT_UPHELD);
        assertThat(c.intake().complainant().personKey())
                .isEqualTo(byReference("CF/09/009").intake().complainant().personKey());
        assertThat(byReference("CF/09/002").parts().stage1().isExtended()).isTrue();
        assertThat(byReference("CF/09/007, amended").state()).isEqualTo(ComplaintState.NOT_INVESTIGATED);
        assertThat(byReference("CF/09/012").state()).isEqualTo(ComplaintState.WITH_OMBUDSMAN);

        // Staff see them like any other complaint, with the old reference.
        String list = body(app.handle(
                WorkflowApp.list(OFFICER, Map.of("receivedFrom", "2009-04-01", "receivedTo", "2010-03-31"))));
        assertThat(list).contains("\"reference\":\"CF/09/007, amended\"").contains("\"overdue\":false");
        String id =
                ComplaintId.fromImportedReference(Reference.legacy("CF/09/002")).value();
        APIGatewayV2HTTPResponse view = app.handle(WorkflowApp.view(OFFICER, id));
        assertThat(view.getStatusCode()).as(body(view)).isEqualTo(200);
        assertThat(body(view))
                .contains("\"reference\":\"CF/09/002\"")
                .contains("Extended (from past records; the new date was not recorded)")
                .contains("\"costPounds\":1850");
    }

    @Test
    void theReportsFiguresFromTheImportedYearAreTheOnesWorkedOutByHand() {
        assertThat(importing(OFFICER, "text/csv", sample()).getStatusCode()).isEqualTo(200);
        Report r = new ComplaintStatistics()
                .compute(
                        Period.financialYear(2009),
                        year2009(),
                        List.of(),
                        Map.of(),
                        List.of(),
                        app.context.getBean(TimescalePolicy.class).calendar(),
                        LocalDate.of(2010, 6, 30));

        assertThat(r.totalReceived().count()).isEqualTo(12);
        // parent/carer: 001, 003, 009, 011, 012; grandparent 002 and 007; one each of the rest.
        assertThat(r.byRelationship().get(Relationship.PARENT_CARER)).isEqualTo(new Figure(5, 12L, 42));
        assertThat(r.byRelationship().get(Relationship.GRANDPARENT)).isEqualTo(new Figure(2, 12L, 17));
        assertThat(r.byOutcome().get(Outcome.PARTIALLY_UPHELD)).isEqualTo(new Figure(3, 12L, 25));
        assertThat(r.byOutcome().get(Outcome.ONGOING)).isEqualTo(new Figure(2, 12L, 17));
        assertThat(r.byOutcome().get(Outcome.UNKNOWN)).isEqualTo(new Figure(1, 12L, 8));
        // Through an advocate: 004 (a child, via an advocate), 006 (an advocate), 012 (via an advocate).
        assertThat(r.viaAdvocate()).isEqualTo(new Figure(3, 12L, 25));
        // P-1001 (001, 003, and 009 written p-1001) and P-1002 (002, 007): 2 people, 5 complaints, 5/12 = 41.7%.
        assertThat(r.repeatComplainants().people()).isEqualTo(2);
        assertThat(r.repeatComplainants().complaints()).isEqualTo(new Figure(5, 12L, 42));
        // Ten statutory (005 corporate, 010 schools). Stage 2: 002, 003, 011; Stage 3: 003.
        assertThat(r.stages())
                .isEqualTo(
                        new StageFigures(10, new Figure(7, 10L, 70), new Figure(3, 10L, 30), new Figure(1, 10L, 10)));
        // Working days to the Stage 1 response: 001 8 (after Easter Monday), 002 17 (Spring bank holiday), 003 9,
        // 004 8, 006 20, 007 10, 009 9 (Christmas), 011 8, 012 8 (Easter); 008 not answered.
        // Within 10: 7; 11 to 20: 2; average 97 / 9 = 10.78 -> 10.8.
        assertThat(r.stage1Timeliness())
                .isEqualTo(new Stage1Timeliness(
                        10,
                        new Figure(7, 10L, 70),
                        new Figure(2, 10L, 20),
                        new Figure(0, 10L, 0),
                        new Figure(1, 10L, 10),
                        new BigDecimal("10.8")));
        // 1850 + 2400 = 4250 over two: 2125.
        assertThat(r.stage2Costs()).isEqualTo(new Stage2Costs(2, 4250, new BigDecimal("2125")));
        // Referred: 003 (not upheld), 009 (premature), 012 (awaiting). Old records give decisions without dates.
        assertThat(r.ombudsman().referrals()).isEqualTo(3);
        assertThat(r.ombudsman().awaitingDecision()).isEqualTo(1);
        assertThat(r.ombudsman().decisions())
                .containsEntry(OmbudsmanDecision.NOT_UPHELD, 1L)
                .containsEntry(OmbudsmanDecision.PREMATURE, 1L);
    }

    @Test
    void importedComplaintsAreHistoryTheSweepNeverSeesThemAndNoEmailOrEventGoesOut() {
        assertThat(importing(OFFICER, "text/csv", sample()).getStatusCode()).isEqualTo(200);

        assertThat(aws.dynamoDb()
                        .query(q -> q.tableName(table)
                                .indexName(DynamoDbComplaints.DEADLINE_INDEX)
                                .keyConditionExpression("deadlinePk = :open")
                                .expressionAttributeValues(Map.of(":open", AttributeValue.fromS("OPEN"))))
                        .items())
                .isEmpty();
        assertThat(complaints.withOutbox(null, 100).ids()).isEmpty();
        ChasingLateResponses sweep = app.context.getBean(ChasingLateResponses.class);
        for (LocalDate day : List.of(LocalDate.of(2009, 12, 1), LocalDate.of(2010, 6, 1), LocalDate.of(2027, 1, 4))) {
            assertThat(sweep.run(day, () -> true).examined()).as(day.toString()).isZero();
        }
        assertThat(aws.mailbox().emails()).isEmpty();
        assertThat(bus.events()).isEmpty();
    }

    @Test
    void aFileWithBadRowsStoresNothingAndAnswers422WithEveryBadRowsLineColumnAndHowToFixIt() throws Exception {
        List<String> lines = new ArrayList<>(sample().lines().toList());
        lines.set(3, lines.get(3).replace("2009-06-22", "22/06/2009"));
        lines.set(7, lines.get(7).replace(",Kinship,", ",Adoption,"));
        lines.set(12, lines.get(12).replace(",2010-06-15,", ",2010-03-01,"));
        lines.add("\"CF/09/013,2010-03-30,letter");

        APIGatewayV2HTTPResponse r = importing(OFFICER, "text/csv", String.join("\r\n", lines));

        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(422);
        JsonNode problems = JSON.readTree(body(r)).path("problems");
        List<String> where = new ArrayList<>();
        problems.forEach(
                p -> where.add(p.path("line").asInt() + ":" + p.path("column").asText(null)));
        assertThat(where).containsExactly("4:received_on", "8:team", "13:lgo_referred_on", "14:null");
        assertThat(problems.get(0).path("message").asText())
                .isEqualTo("Write the date as YYYY-MM-DD, for example 2009-11-23");
        assertThat(problems.get(1).path("message").asText()).startsWith("Use one of the council's teams: SCC, ECF");
        assertThat(problems.get(2).path("message").asText())
                .isEqualTo("The date is before received_on: check both " + "dates");
        assertThat(problems.get(3).path("message").asText()).contains("never closed");
        assertThat(problems.get(3).has("column"))
                .as("a whole-row problem says so with column: null")
                .isTrue();
        assertThat(problems.get(3).get("column").isNull()).isTrue();
        assertThat(body(r)).doesNotContain("Adoption").doesNotContain("22/06/2009");
        assertThat(year2009()).isEmpty();
    }

    @Test
    void onlyTheComplaintsTeamMayImportAndOnlyACsvFileUnder5Mb() {
        for (Map<String, String> who : List.of(HUNTINGDON_MANAGER, DIRECTOR)) {
            APIGatewayV2HTTPResponse r = importing(who, "text/csv", sample());
            assertThat(r.getStatusCode()).isEqualTo(403);
            assertThat(body(r))
                    .isEqualTo(
                            "{\"errors\":[{\"field\":\"Authorization\",\"message\":\"Forbidden: your role does not allow this\"}]}");
        }
        assertThat(importing(null, "text/csv", sample()).getStatusCode()).isEqualTo(401);

        for (String type : new String[] {"application/json", "text/plain", "text/csv; charset=windows-1252"}) {
            APIGatewayV2HTTPResponse r = importing(OFFICER, type, sample());
            assertThat(r.getStatusCode()).as(type).isEqualTo(415);
            assertThat(body(r)).as(type).contains("Content-Type: text/csv");
        }
        APIGatewayV2HTTPResponse none = importing(OFFICER, null, sample());
        assertThat(none.getStatusCode()).isEqualTo(415);

        String header = sample().lines().findFirst().orElseThrow();
        String row = sample().lines().skip(1).findFirst().orElseThrow();
        StringBuilder big = new StringBuilder(header).append('\n');
        for (int i = 0; big.length() <= RequestBodies.MAX_CSV_BYTES; i++) {
            big.append(row.replace("CF/09/001", "BIG-" + i)).append('\n');
        }
        APIGatewayV2HTTPResponse tooBig = importing(OFFICER, "text/csv", big.toString());
        assertThat(tooBig.getStatusCode()).isEqualTo(413);
        assertThat(body(tooBig)).contains("5 MB");

        assertThat(year2009()).isEmpty();
    }

    @Test
    void fiveThousandRowsImportInOneRequest() {
        String header = sample().lines().findFirst().orElseThrow();
        List<String> rows = sample().lines().skip(1).toList();
        StringBuilder file = new StringBuilder(header).append('\n');
        for (int i = 0; i < 5000; i++) {
            String row = rows.get(i % rows.size());
            file.append("BULK-")
                    .append(i)
                    .append(row.substring(row.indexOf(",", row.startsWith("\"") ? row.indexOf('"', 1) : 0)))
                    .append('\n');
        }
        long started = System.nanoTime();
        APIGatewayV2HTTPResponse r = importing(OFFICER, "text/csv", file.toString());
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(200);
        assertThat(body(r)).isEqualTo("{\"imported\":5000,\"alreadyPresent\":0}");
        System.out.printf("ImportApiIT: 5,000 rows imported in %d ms%n", millis);
        assertThat(year2009().stream().map(c -> c.reference().toString()).collect(Collectors.toSet()))
                .hasSize(5000);
    }
}
