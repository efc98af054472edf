package uk.childrenscomplaints.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.WorkflowApp.OFFICER;
import static uk.childrenscomplaints.workflow.WorkflowApp.body;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.childrenscomplaints.complaint.application.retention.RemovingPersonalData;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbRetention;
import uk.childrenscomplaints.complaint.model.Change;
import uk.childrenscomplaints.complaint.model.ChildDetails;
import uk.childrenscomplaints.complaint.model.Complainant;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.Intake;
import uk.childrenscomplaints.complaint.model.Respondent;
import uk.childrenscomplaints.complaint.model.RetentionPolicy;
import uk.childrenscomplaints.complaint.statistics.StatisticsComplaint;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.WorkflowApp;

/**
 * Retention keeps the statistics (issue 15, decision 027). The statistics ITs' dataset (StatisticsApiIT), each complaint
 * given a name, an email address, a phone number, an address, a child's name, free text, a respondent and a staff note,
 * is stored through the real repository, with compliments through the API; every year's and quarter's figures are read
 * through {@code GET /stats}; the retention run (the real use case over the real adapters and table) runs on 1 January
 * 2040, six years after everything in the dataset; the figures are read again, and the whole table is scanned here, in
 * the test, for every original value.
 */
class RetentionKeepsTheFiguresIT {
    private static final String TUE_2010_06_01 = "2010-06-01T09:00:00Z";
    private static final Instant mon_2040_01_01 = Instant.parse("2040-01-01T03:00:00Z");
    private static final List<Map<String, String>> PERIODS = List.of(
            Map.of("from", "2008-04-01", "to", "2010-05-31"),
            Map.of("year", "2008-09"),
            Map.of("year", "2009-10"),
            Map.of("year", "2010-11"),
            Map.of("quarter", "2009-10-Q3"),
            Map.of("quarter", "2009-10-Q4"),
            Map.of("year", "2009-10", "team", "Huntingdon"),
            Map.of("year", "2009-10", "format", "csv"));

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.api(TUE_2010_06_01);

    private final LocalAws aws;
    private final FunctionApp app;

    RetentionKeepsTheFiguresIT(LocalAws aws, FunctionApp app) {
        this.aws = aws;
        this.app = app;
    }

    /** One stored complaint and the personal values it was given. */
    private record Stored(Complaint complaint, List<String> personal) {}

    @Test
    void everyFigureOfEveryYearIsUnchangedWhileNoPersonalValueOfAClosedComplaintIsLeft() {
        DynamoDbComplaints complaints = new DynamoDbComplaints(aws.dynamoDb(), app.table());
        List<Stored> stored = new ArrayList<>();
        int i = 0;
        for (StatisticsComplaint s : StatisticsApiIT.dataset()) {
            Stored one = withPersonalData(s.build(), ++i);
            Complaint c = one.complaint();
            assertThat(complaints.add(c)).isEqualTo(DynamoDbComplaints.AddResult.ADDED);
            // A staff note on the timeline, written as every change is: appended by a versioned save.
            c.recordUndeliveredEmail(
                    "note",
                    one.personal().get(10),
                    null,
                    new Change(
                            one.personal().get(9),
                            c.intake().receivedOn().atTime(10, 0).toInstant(ZoneOffset.UTC)));
            assertThat(complaints.save(c, c.version())).isEqualTo(DynamoDbComplaints.SaveResult.SAVED);
            stored.add(one);
        }
        List<String> complimentValues = List.of(
                compliment("Huntingdon", "2009-05-01", 1),
                compliment("ECF", "2009-11-11", 2),
                compliment("ECF", "2010-04-15", 3));
        Map<Map<String, String>, String> before = figures();
        assertThat(before.get(Map.of("year", "2009-10"))).contains("\"totalReceived\":{\"count\":20,");
        assertThat(scanText()).contains(complimentValues).contains(stored.get(0).personal());

        RemovingPersonalData retention = new RemovingPersonalData(
                complaints, new DynamoDbRetention(aws.dynamoDb(), app.table()), RetentionPolicy.sixYears("test-1"));
        RemovingPersonalData.Counts run = retention.run(mon_2040_01_01);

        List<Stored> closed =
                stored.stream().filter(s -> !s.complaint().state().isOpen()).toList();
        List<Stored> open =
                stored.stream().filter(s -> s.complaint().state().isOpen()).toList();
        assertThat(closed).hasSizeGreaterThan(15);
        assertThat(run.anonymised()).isEqualTo(closed.size());
        assertThat(run.complimentsAnonymised()).isEqualTo(3);
        assertThat(run.failed()).isZero();
        assertThat(figures()).isEqualTo(before);

        List<Map<String, AttributeValue>> items = scan();
        String everything = items.toString();
        for (Stored s : closed) {
            assertThat(everything).doesNotContain(s.personal());
            Map<String, AttributeValue> item = itemOf(items, s.complaint());
            assertThat(item.get("anonymisedOn").s()).isEqualTo("2040-01-01");
            assertThat(item.get("retentionPolicy").s()).isEqualTo("test-1");
            assertThat(item).doesNotContainKeys("retentionPk", "retentionSk", "childName", "description");
            String key = s.complaint().intake().complainant().personKey();
            if (key != null) {
                assertThat(item.get("personKey").s()).startsWith("anon-").isNotEqualTo(key);
            }
        }
        assertThat(everything).doesNotContain(complimentValues).doesNotContain("Recorded for a test");
        // The law still needs an open complaint's people: they stay, which also shows the scan finds what is there.
        for (Stored s : open) {
            assertThat(itemOf(items, s.complaint()).toString()).contains(s.personal());
        }

        RemovingPersonalData.Counts again = retention.run(mon_2040_01_01.plusSeconds(7 * 24 * 3600));
        assertThat(again.anonymised()).isZero();
        assertThat(again.complimentsAnonymised()).isZero();
        assertThat(figures()).isEqualTo(before);
    }

    private Map<Map<String, String>, String> figures() {
        Map<Map<String, String>, String> figures = new LinkedHashMap<>();
        for (Map<String, String> period : PERIODS) {
            var r = app.handle(WorkflowApp.stats(OFFICER, period));
            assertThat(r.getStatusCode()).as(period.toString()).isEqualTo(200);
            figures.put(period, body(r));
        }
        return figures;
    }

    private String compliment(String team, String on, int n) {
        APIGatewayV2HTTPEvent e = WorkflowApp.as(WorkflowApp.event("case-workflow-compliment.json"), OFFICER);
        String from = "Grateful Grandparent Qv" + n;
        e.setBody("{\"team\":\"" + team + "\",\"receivedOn\":\"" + on + "\",\"fromWhom\":\"" + from + "\","
                + "\"text\":\"Qv thanks for helping my grandson " + n + "\"}");
        assertThat(app.handle(e).getStatusCode()).isEqualTo(201);
        return from;
    }

    private static Map<String, AttributeValue> itemOf(List<Map<String, AttributeValue>> items, Complaint c) {
        return items.stream()
                .filter(item -> item.get("pk").s().equals("COMPLAINT#" + c.id().value()))
                .findFirst()
                .orElseThrow();
    }

    private List<Map<String, AttributeValue>> scan() {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        aws.dynamoDb()
                .scanPaginator(r -> r.tableName(app.table()).consistentRead(true))
                .items()
                .forEach(items::add);
        return items;
    }

    private String scanText() {
        return scan().toString();
    }

    /** The dataset's complaint with personal values no other complaint shares, in every place the product keeps them. */
    private static Stored withPersonalData(Complaint c, int n) {
        String tag = "Zq" + n + "x";
        List<String> personal = List.of(
                "Complainant " + tag,
                tag.toLowerCase() + "@family.test",
                "07700 9" + String.format("%05d", n),
                n + " " + tag + " Lane, Huntingdon",
                "Child " + tag,
                "The story of " + tag,
                "Wanted by " + tag,
                "Respondent " + tag,
                "resp." + tag.toLowerCase() + "@council.test",
                "officer." + tag.toLowerCase() + "@council.test",
                "Spoke to " + tag + " about the child");
        Intake in = c.intake();
        Intake personalIntake = new Intake(
                in.receivedOn(),
                in.route(),
                in.procedure(),
                new Complainant(
                        personal.get(0),
                        personal.get(1),
                        personal.get(2),
                        personal.get(3),
                        in.complainant().relationship(),
                        in.complainant().personKey()),
                in.viaAdvocate(),
                new ChildDetails(
                        personal.get(4), in.child().ageBand(), in.child().gender()),
                in.team(),
                in.issues(),
                personal.get(5),
                personal.get(6),
                in.matterOccurredOn(),
                in.lateMatter(),
                in.imported());
        Complaint restored = Complaint.restore(
                c.id(),
                c.reference(),
                c.version(),
                personalIntake,
                c.state(),
                c.parts().withRespondents(new Respondent(personal.get(7), personal.get(8), false), null),
                c.timeline());
        return new Stored(restored, personal);
    }
}
