package uk.childrenscomplaints.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.WorkflowApp.DIRECTOR;
import static uk.childrenscomplaints.workflow.WorkflowApp.ECF_MANAGER;
import static uk.childrenscomplaints.workflow.WorkflowApp.HUNTINGDON_MANAGER;
import static uk.childrenscomplaints.workflow.WorkflowApp.OFFICER;
import static uk.childrenscomplaints.workflow.WorkflowApp.body;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.WorkflowApp;

/**
 * {@code POST /staff/complaints/search} through the real Lambda handler against dynalite: each kind of search, the
 * team restriction, paging, and bad input in the documented shape.
 */
class SearchApiIT {
    /** Monday 11 January 2027, 09:30 in London. */
    private static final String MON_2027_01_11 = "2027-01-11T09:30:00Z";

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.api(MON_2027_01_11);

    private final FunctionApp app;
    private final LocalAws aws;

    SearchApiIT(FunctionApp app, LocalAws aws) {
        this.app = app;
        this.aws = aws;
    }

    /** Logs a complaint as the complaints team would, received on {@code day} of January 2027; its reference. */
    private String logged(String team, String name, String email, String phone, int childAge, int day) {
        var e = WorkflowApp.logComplaint(OFFICER, team, UUID.randomUUID().toString());
        String b = e.getBody()
                .replace("\"Robin Caller\"", "\"" + name + "\"")
                .replace(
                        "\"phone\": \"01223 000000\"",
                        phone == null ? "\"address\": \"1 Test Street\"" : "\"phone\": \"" + phone + "\"")
                .replace("\"childAge\": 9", "\"childAge\": " + childAge)
                .replace("\"receivedOn\": \"2027-01-04\"", "\"receivedOn\": \"2027-01-0" + day + "\"");
        if (email != null) {
            b = b.replace("{\"complainantName\"", "{\"email\": \"" + email + "\", \"complainantName\"");
        }
        e.setBody(b);
        APIGatewayV2HTTPResponse r = app.handle(e);
        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(201);
        Matcher m = Pattern.compile("\"reference\":\"([^\"]+)\"").matcher(body(r));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private APIGatewayV2HTTPResponse search(Map<String, String> claims, String json) {
        return app.handle(WorkflowApp.search(claims, json));
    }

    private String found(Map<String, String> claims, String json) {
        APIGatewayV2HTTPResponse r = search(claims, json);
        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(200);
        return body(r);
    }

    @Test
    void theComplaintsTeamFindsAComplaintByNameEmailPhoneAndReference() {
        String jane = logged("Huntingdon", "Jane Smith", "jane.smith@example.test", "07700 900982", 9, 4);
        String john = logged("ECF", "John Smith", null, null, 12, 4);

        assertThat(found(OFFICER, "{\"name\": \"smith\"}")).contains(jane, john).contains("\"total\":2");
        assertThat(found(OFFICER, "{\"name\": \"Jane SMITH\"}")).contains(jane).doesNotContain(john);
        assertThat(found(OFFICER, "{\"email\": \"Jane.Smith@Example.test\"}"))
                .contains(jane)
                .doesNotContain(john);
        assertThat(found(OFFICER, "{\"phone\": \"+44 7700 900982\"}"))
                .contains(jane)
                .doesNotContain(john);
        assertThat(found(OFFICER, "{\"reference\": \"" + john.toLowerCase() + "\"}"))
                .contains(john)
                .doesNotContain(jane)
                .contains("\"page\":1,\"pages\":1,\"total\":1");
    }

    @Test
    void theRowsCarryNoNameEmailOrPhoneEvenWhenSearchedByThem() {
        logged("Huntingdon", "Jane Smith", "jane.smith@example.test", "07700 900982", 9, 4);

        assertThat(found(DIRECTOR, "{\"email\": \"jane.smith@example.test\"}"))
                .contains("\"total\":1")
                .doesNotContain("Jane", "Smith", "jane.smith", "07700");
    }

    @Test
    void aManagerFindsOnlyTheirOwnTeamsComplaintsByNameAndIsNotToldOfOthers() {
        String ours = logged("Huntingdon", "Jane Smith", null, null, 9, 4);
        String theirs = logged("ECF", "Jane Smith", null, null, 9, 4);

        assertThat(found(HUNTINGDON_MANAGER, "{\"name\": \"Jane Smith\"}"))
                .contains(ours)
                .doesNotContain(theirs)
                .contains("\"total\":1");
        assertThat(found(ECF_MANAGER, "{\"name\": \"Jane Smith\", \"team\": \"Huntingdon\"}"))
                .contains("\"complaints\":[]")
                .contains("\"total\":0");
    }

    @Test
    void ageBandTeamStageAndDatesNarrowTheSearch() {
        String wanted = logged("Huntingdon", "A One", null, null, 12, 5);
        logged("Huntingdon", "A Two", null, null, 3, 5);
        logged("Huntingdon", "A Three", null, null, 12, 4);
        logged("ECF", "A Four", null, null, 12, 5);

        String body = found(
                OFFICER,
                "{\"ageBand\": \"10-15\", \"team\": \"Huntingdon\", \"stage\": \"stage_1\","
                        + " \"receivedFrom\": \"2027-01-05\", \"receivedTo\": \"2027-01-05\"}");
        assertThat(body).contains(wanted).contains("\"total\":1");
        assertThat(found(OFFICER, "{\"state\": \"closed\"}")).contains("\"total\":0");
    }

    @Test
    void twentyFiveMatchesAreTwoPagesNewestFirst() {
        for (int i = 0; i < 25; i++) {
            logged("Huntingdon", "Sam Jones", null, null, 9, 4 + (i % 2));
        }
        String first = found(OFFICER, "{\"name\": \"Jones\"}");
        String second = found(OFFICER, "{\"name\": \"Jones\", \"page\": 2}");

        assertThat(first).contains("\"page\":1,\"pages\":2,\"total\":25");
        assertThat(first.split("\"reference\"", -1)).hasSize(21);
        // Newest first: the thirteen of 5 January, then seven of the twelve of 4 January; the other five after.
        assertThat(first.indexOf("\"receivedOn\":\"2027-01-05\""))
                .isLessThan(first.indexOf("\"receivedOn\":\"2027-01-04\""));
        assertThat(second).doesNotContain("\"receivedOn\":\"2027-01-05\"");
        assertThat(second).contains("\"page\":2,\"pages\":2,\"total\":25");
        assertThat(second.split("\"reference\"", -1)).hasSize(6);
    }

    @Test
    void anImpossibleDateRangeIsRefusedInTheDocumentedShapeWithoutRepeatingTheTerms() {
        APIGatewayV2HTTPResponse r = search(
                OFFICER,
                "{\"name\": \"Jane Smith\", \"receivedFrom\": \"2027-01-31\", \"receivedTo\": \"2027-01-01\"}");

        assertThat(r.getStatusCode()).isEqualTo(400);
        assertThat(body(r))
                .isEqualTo("{\"errors\":[{\"field\":\"receivedTo\",\"message\":\"The last date received must be the"
                        + " same as or after the first date received\"}]}");
    }

    @Test
    void badTermsAreEachNamedAndNothingIsChanged() {
        long before = aws.dynamoDb().scan(s -> s.tableName(app.table())).count();
        APIGatewayV2HTTPResponse r = search(
                OFFICER,
                "{\"email\": \"jane at example\", \"phone\": \"12\", \"ageBand\": \"teen\", \"page\": 0,"
                        + " \"colour\": \"red\"}");

        assertThat(r.getStatusCode()).isEqualTo(400);
        assertThat(body(r))
                .contains("\"field\":\"colour\"", "\"field\":\"ageBand\"", "\"field\":\"page\"")
                .doesNotContain("jane at example");
        assertThat(body(search(OFFICER, "{}"))).contains("\"field\":\"reference\"", "Enter at least one thing");
        assertThat(body(search(OFFICER, "{\"email\": \"jane at example\", \"phone\": \"12\"}")))
                .contains("\"field\":\"email\"", "\"field\":\"phone\"");
        assertThat(search(OFFICER, "[1]").getStatusCode()).isEqualTo(400);
        assertThat(aws.dynamoDb().scan(s -> s.tableName(app.table())).count()).isEqualTo(before);
    }

    @Test
    void someoneInNoGroupIsRefused() {
        APIGatewayV2HTTPResponse r = search(WorkflowApp.claims("visitor", "[]", null), "{\"name\": \"Smith\"}");
        assertThat(r.getStatusCode()).isEqualTo(403);
    }
}
