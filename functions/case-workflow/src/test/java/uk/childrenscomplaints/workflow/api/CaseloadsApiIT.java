package uk.childrenscomplaints.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.WorkflowApp.DIRECTOR;
import static uk.childrenscomplaints.workflow.WorkflowApp.HUNTINGDON_MANAGER;
import static uk.childrenscomplaints.workflow.WorkflowApp.OFFICER;
import static uk.childrenscomplaints.workflow.WorkflowApp.body;
import static uk.childrenscomplaints.workflow.WorkflowApp.header;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.WorkflowApp;

/** Open caseloads entered and read through the real Lambda handler, stored in the real table. */
class CaseloadsApiIT {
    /** Tuesday 1 June 2010: Q1 2010-11 has begun, Q2 (from 1 July) has not. */
    private static final String TUE_2010_06_01 = "2010-06-01T09:00:00Z";

    private static final String EMPTY =
            "{\"financialYear\":\"2009-10\",\"quarter\":4,\"endsOn\":\"2010-03-31\"," + "\"teams\":{},\"total\":0}";

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.api(TUE_2010_06_01);

    private final FunctionApp app;

    CaseloadsApiIT(FunctionApp app) {
        this.app = app;
    }

    private APIGatewayV2HTTPResponse put(Map<String, String> claims, String year, String quarter, String body) {
        return app.handle(WorkflowApp.caseloads(claims, year, quarter, body));
    }

    private String read(Map<String, String> claims) {
        APIGatewayV2HTTPResponse r = app.handle(WorkflowApp.caseloads(claims, "2009-10", "4", null));
        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(200);
        return body(r);
    }

    @Test
    void theComplaintsTeamEntersTeamsInAnyCaseAndTheyAreStoredAsConfigured() {
        APIGatewayV2HTTPResponse r = put(OFFICER, "2009-10", "4", "{\"teams\": {\"huntingdon\": 400, \" ecf \": 350}}");

        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(200);
        assertThat(header(r, "Cache-Control")).isEqualTo("no-store");
        String stored = "{\"financialYear\":\"2009-10\",\"quarter\":4,\"endsOn\":\"2010-03-31\","
                + "\"teams\":{\"ECF\":350,\"Huntingdon\":400},\"total\":750}";
        assertThat(body(r)).isEqualTo(stored);
        assertThat(read(DIRECTOR)).isEqualTo(stored);

        // A second figure for the same team and quarter is a correction; other teams keep theirs.
        assertThat(body(put(OFFICER, "2009-10", "4", "{\"teams\": {\"Huntingdon\": 410}}")))
                .contains("\"teams\":{\"ECF\":350,\"Huntingdon\":410},\"total\":760");
    }

    @Test
    void aRespondingManagerEntersAndSeesTheirOwnTeamOnly() {
        put(OFFICER, "2009-10", "4", "{\"teams\": {\"ECF\": 350}}");

        APIGatewayV2HTTPResponse own = put(HUNTINGDON_MANAGER, "2009-10", "4", "{\"teams\": {\"Huntingdon\": 400}}");
        assertThat(own.getStatusCode()).as(body(own)).isEqualTo(200);
        assertThat(body(own)).contains("\"teams\":{\"Huntingdon\":400},\"total\":400");

        APIGatewayV2HTTPResponse other =
                put(HUNTINGDON_MANAGER, "2009-10", "4", "{\"teams\": {\"Huntingdon\": 1, \"ECF\": 1}}");
        assertThat(other.getStatusCode()).isEqualTo(403);
        assertThat(body(other))
                .isEqualTo(
                        "{\"errors\":[{\"field\":\"Authorization\",\"message\":\"Forbidden: your role does not allow this\"}]}");
        assertThat(read(OFFICER)).contains("\"teams\":{\"ECF\":350,\"Huntingdon\":400}");
    }

    @Test
    void aDirectorReadsButDoesNotEnterAndNobodyWithoutARoleDoesEither() {
        assertThat(put(DIRECTOR, "2009-10", "4", "{\"teams\": {\"ECF\": 350}}").getStatusCode())
                .isEqualTo(403);
        Map<String, String> stranger = WorkflowApp.claims("visitor", "[admins]", "ECF");
        assertThat(put(stranger, "2009-10", "4", "{\"teams\": {\"ECF\": 350}}").getStatusCode())
                .isEqualTo(403);
        assertThat(app.handle(WorkflowApp.caseloads(stranger, "2009-10", "4", null))
                        .getStatusCode())
                .isEqualTo(403);
        assertThat(put(null, "2009-10", "4", "{\"teams\": {\"ECF\": 350}}").getStatusCode())
                .isEqualTo(401);
        assertThat(read(OFFICER)).isEqualTo(EMPTY);
    }

    @Test
    void badFiguresAreRefusedNamingTheFieldAndNothingIsStored() {
        Map<String, String[]> bad = new LinkedHashMap<>();
        bad.put("{\"teams\": {\"Nowhere\": 5}}", new String[] {"2009-10", "4", "teams.Nowhere", "no such team"});
        bad.put("{\"teams\": {\"Huntingdon\": -1}}", new String[] {"2009-10", "4", "teams.Huntingdon", "0 or more"});
        bad.put("{\"teams\": {\"Huntingdon\": 1.5}}", new String[] {"2009-10", "4", "teams.Huntingdon", "whole"});
        bad.put("{\"teams\": {\"Huntingdon\": \"400\"}}", new String[] {"2009-10", "4", "teams.Huntingdon", "whole"});
        bad.put(
                "{\"teams\": {\"ECF\": 350, \"Huntingdon\": null}}",
                new String[] {"2009-10", "4", "teams.Huntingdon", "whole"});
        bad.put(
                "{\"teams\": {\"Huntingdon\": 4, \"huntingdon\": 5}}",
                new String[] {"2009-10", "4", "teams.huntingdon", "named twice"});
        bad.put("{\"teams\": {}}", new String[] {"2009-10", "4", "teams", "at least one team"});
        bad.put("{\"teams\": [400]}", new String[] {"2009-10", "4", "teams", "object"});
        bad.put("{\"team\": {\"ECF\": 350}}", new String[] {"2009-10", "4", "team", "no field called team"});
        bad.put("not json", new String[] {"2009-10", "4", "body", "one JSON object"});
        bad.put("{\"teams\": {\"ECF\": 350} }", new String[] {"2010-11", "2", "quarter", "has not begun"});
        bad.put("{\"teams\": {\"ECF\": 350}} ", new String[] {"2009-11", "4", "financialYear", "like 2009-10"});
        bad.put(" {\"teams\": {\"ECF\": 350}}", new String[] {"2009-10", "5", "quarter", "1 to 4"});
        bad.forEach((json, expected) -> {
            APIGatewayV2HTTPResponse r = put(OFFICER, expected[0], expected[1], json);
            assertThat(r.getStatusCode()).as(json).isEqualTo(400);
            assertThat(body(r))
                    .as(json)
                    .contains("\"field\":\"" + expected[2] + "\"")
                    .contains(expected[3]);
        });
        assertThat(read(OFFICER)).isEqualTo(EMPTY);
        assertThat(body(app.handle(WorkflowApp.caseloads(OFFICER, "2010-11", "1", null))))
                .contains("\"teams\":{}");
    }
}
