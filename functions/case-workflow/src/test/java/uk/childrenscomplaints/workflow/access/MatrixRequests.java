package uk.childrenscomplaints.workflow.access;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import uk.childrenscomplaints.workflow.PageRequests;
import uk.childrenscomplaints.workflow.WorkflowApp;

/**
 * How each row of {@link AccessMatrix#ROUTES} is sent, as API Gateway would deliver it, for a given caller: the API's
 * from the events in events/ (with the caller's claims, or none), the pages' with the caller's session cookie and, for
 * forms, the form token that session's pages carry. Writes are whole and valid, so only who asks decides the answer.
 */
final class MatrixRequests {
    /** The period every statistics row asks for: the third quarter of 2026-27. */
    private static final Map<String, String> Q3 = Map.of("from", "2026-10-01", "to", "2026-12-31");

    private static final String Q3_QUERY = "from=2026-10-01&to=2026-12-31";
    private static final String BOUNDARY = "----matrix";

    /** What a request is sent with: who asks, and the Huntingdon complaint the table is about. */
    record On(Caller caller, Caller.Tokens tokens, String complaintId) {
        String session() {
            return tokens.session(caller);
        }

        String csrf() {
            return tokens.csrf(caller);
        }

        APIGatewayV2HTTPEvent api(APIGatewayV2HTTPEvent event) {
            return tokens.onApi(caller, event);
        }
    }

    private final AtomicInteger sent = new AtomicInteger();
    private final Map<String, BiFunction<MatrixRequests, On, APIGatewayV2HTTPEvent>> requests = new LinkedHashMap<>();

    MatrixRequests() {
        api("GET /staff/complaints", (r, on) -> WorkflowApp.list(null, Map.of()));
        api("GET /staff/complaints/{id}", (r, on) -> WorkflowApp.view(null, on.complaintId()));
        api(
                "GET /staff/complaints/{id} of no complaint",
                (r, on) -> WorkflowApp.view(null, UUID.randomUUID().toString()));
        // By the Huntingdon complainant's name: whoever may not see that complaint must get nothing of it back.
        api("POST /staff/complaints/search", (r, on) -> WorkflowApp.search(null, "{\"name\": \"Robin Caller\"}"));
        api("POST /staff/complaints", (r, on) -> WorkflowApp.logComplaint(null, "Huntingdon", "matrix-" + r.next()));
        api(
                "POST /staff/complaints/{id}/actions/{action} of no such action",
                (r, on) -> WorkflowApp.action(null, on.complaintId(), "approve", "{\"expectedVersion\":1}"));
        api("POST /staff/compliments", (r, on) -> compliment());
        api("GET /staff/compliments", (r, on) -> {
            APIGatewayV2HTTPEvent e = compliment();
            e.setBody(null);
            e.getHeaders().remove("content-type");
            e.getRequestContext().getHttp().setMethod("GET");
            e.setRouteKey("GET /staff/compliments");
            return e;
        });
        api(
                "PUT /staff/caseloads/{financialYear}/{quarter}",
                (r, on) -> WorkflowApp.caseloads(null, "2026-27", "3", "{\"teams\":{\"Huntingdon\":120}}"));
        api(
                "GET /staff/caseloads/{financialYear}/{quarter}",
                (r, on) -> WorkflowApp.caseloads(null, "2026-27", "3", null));
        api("POST /staff/imports", (r, on) -> {
            APIGatewayV2HTTPEvent e = WorkflowApp.event("case-workflow-import.json");
            e.setBody(new String(importFile(r.next()), StandardCharsets.UTF_8));
            return e;
        });
        for (String write : List.of(
                "POST /staff/complaints",
                "POST /staff/complaints/{id}/actions/{action}",
                "POST /staff/compliments",
                "PUT /staff/caseloads/{financialYear}/{quarter}",
                "POST /staff/imports")) {
            BiFunction<MatrixRequests, On, APIGatewayV2HTTPEvent> withBody = write.contains("{action}")
                    ? (r, on) -> on.api(WorkflowApp.action(null, on.complaintId(), "withdraw", "{}"))
                    : requests.get(write);
            // API Gateway leaves the body out of the event when a client sends none.
            requests.put(write + " with no body", (r, on) -> {
                APIGatewayV2HTTPEvent e = withBody.apply(r, on);
                e.setBody(null);
                e.setIsBase64Encoded(false);
                return e;
            });
        }
        api("GET /stats", (r, on) -> WorkflowApp.stats(null, Q3));
        api("GET /stats for Huntingdon", (r, on) -> WorkflowApp.stats(null, with(Q3, "team", "Huntingdon")));
        api("GET /stats as CSV", (r, on) -> WorkflowApp.stats(null, with(Q3, "format", "csv")));
        api("GET /staff/complaints/{id}/access", (r, on) -> WorkflowApp.whoViewed(null, on.complaintId()));
        api("GET /staff/access", (r, on) -> WorkflowApp.accesses(null, "officer", "2027-01-01", "2027-01-04"));
        api("POST /staff/subject-access", (r, on) -> WorkflowApp.subjectAccess(null, "", PERSON));
        api("POST /staff/subject-access/export", (r, on) -> WorkflowApp.subjectAccess(null, "/export", PERSON));
        api("POST /staff/subject-access with no body", (r, on) -> {
            APIGatewayV2HTTPEvent e = WorkflowApp.subjectAccess(null, "", PERSON);
            e.setBody(null);
            return e;
        });

        page("GET /staff", (r, on) -> PageRequests.get(on.session(), "/staff", null));
        page("GET /staff/pages/sign-in", (r, on) -> PageRequests.get(on.session(), "/staff/pages/sign-in", null));
        page(
                "GET /staff/pages/signed-in without a code",
                (r, on) -> PageRequests.get(on.session(), "/staff/pages/signed-in", null));
        page(
                "POST /staff/pages/sign-out",
                (r, on) -> PageRequests.postForm(on.session(), "/staff/pages/sign-out", "csrf=" + on.csrf()));
        page("GET /staff/pages/signed-out", (r, on) -> PageRequests.get(on.session(), "/staff/pages/signed-out", null));
        page("GET /staff/pages/dashboard", (r, on) -> PageRequests.get(on.session(), "/staff/pages/dashboard", null));
        page("GET /staff/pages/search", (r, on) -> PageRequests.get(on.session(), "/staff/pages/search", null));
        // The family name only: the form shows what was typed, and the complainant's whole name must not come back.
        page(
                "POST /staff/pages/search",
                (r, on) -> PageRequests.postForm(
                        on.session(), "/staff/pages/search", "csrf=" + on.csrf() + "&name=Caller"));
        page(
                "POST /staff/pages/search without the form token",
                (r, on) -> PageRequests.postForm(on.session(), "/staff/pages/search", "name=Caller"));
        page(
                "GET /staff/pages/complaints/{id}",
                (r, on) -> PageRequests.get(on.session(), "/staff/pages/complaints/" + on.complaintId(), null));
        page(
                "POST /staff/pages/complaints/{id}/actions/{action} of no such action",
                (r, on) -> PageRequests.postForm(
                        on.session(),
                        "/staff/pages/complaints/" + on.complaintId() + "/actions/approve",
                        "csrf=" + on.csrf() + "&expectedVersion=1"));
        page(
                "POST /staff/pages/complaints/{id}/actions/{action} without the form token",
                (r, on) -> PageRequests.postForm(
                        on.session(),
                        "/staff/pages/complaints/" + on.complaintId() + "/actions/withdraw",
                        "expectedVersion=1&reason=Resolved"));
        page(
                "GET /staff/pages/statistics",
                (r, on) -> PageRequests.get(on.session(), "/staff/pages/statistics", Q3_QUERY));
        page(
                "GET /staff/pages/statistics for Huntingdon",
                (r, on) -> PageRequests.get(on.session(), "/staff/pages/statistics", Q3_QUERY + "&team=Huntingdon"));
        page(
                "GET /staff/pages/statistics.csv",
                (r, on) -> PageRequests.get(on.session(), "/staff/pages/statistics.csv", Q3_QUERY));
        page("GET /staff/pages/import", (r, on) -> PageRequests.get(on.session(), "/staff/pages/import", null));
        page(
                "POST /staff/pages/import",
                (r, on) -> PageRequests.post(
                        on.session(),
                        "/staff/pages/import",
                        "multipart/form-data; boundary=" + BOUNDARY,
                        multipart(on.csrf(), importFile(r.next()))));
        page(
                "GET /staff/pages/compliments",
                (r, on) -> PageRequests.get(on.session(), "/staff/pages/compliments", null));
        page(
                "POST /staff/pages/compliments",
                (r, on) -> PageRequests.postForm(
                        on.session(), "/staff/pages/compliments", "csrf=" + on.csrf() + "&" + COMPLIMENT_FORM));
        page(
                "POST /staff/pages/compliments without the form token",
                (r, on) -> PageRequests.postForm(on.session(), "/staff/pages/compliments", COMPLIMENT_FORM));
        page("GET /staff/pages/caseloads", (r, on) -> PageRequests.get(on.session(), "/staff/pages/caseloads", null));
        page(
                "POST /staff/pages/caseloads",
                // Huntingdon is the third of the council's teams, so its box is cases-3.
                (r, on) -> PageRequests.postForm(
                        on.session(), "/staff/pages/caseloads", "csrf=" + on.csrf() + "&quarter=2026-3&cases-3=120"));
        page(
                "GET /staff/pages/access",
                (r, on) -> PageRequests.get(
                        on.session(), "/staff/pages/access", "user=officer&from=2027-01-01&to=2027-01-04"));
        page(
                "GET /staff/pages/subject-access",
                (r, on) -> PageRequests.get(on.session(), "/staff/pages/subject-access", null));
        page(
                "POST /staff/pages/subject-access",
                (r, on) -> PageRequests.postForm(
                        on.session(), "/staff/pages/subject-access", "csrf=" + on.csrf() + "&phone=01223+000000"));
        page(
                "POST /staff/pages/subject-access/export",
                (r, on) -> PageRequests.postForm(
                        on.session(),
                        "/staff/pages/subject-access/export",
                        "csrf=" + on.csrf() + "&phone=01223+000000&format=html"));
        page(
                "POST /staff/pages/subject-access without the form token",
                (r, on) -> PageRequests.postForm(on.session(), "/staff/pages/subject-access", "phone=01223+000000"));
        page(
                "GET /staff/pages/complaints/{id}/letters/{letter}",
                (r, on) -> PageRequests.get(
                        on.session(),
                        "/staff/pages/complaints/" + on.complaintId() + "/letters/acknowledgement",
                        null));
        page(
                "GET /staff/pages/letters/to-post.pdf",
                (r, on) -> PageRequests.get(on.session(), "/staff/pages/letters/to-post.pdf", null));
        page(
                "POST /staff/pages/complaints/{id}/letters/posted",
                (r, on) -> PageRequests.postForm(
                        on.session(),
                        "/staff/pages/complaints/" + on.complaintId() + "/letters/posted",
                        "csrf=" + on.csrf() + "&key=acknowledgement"));
        page(
                "POST /staff/pages/complaints/{id}/letters/posted without the form token",
                (r, on) -> PageRequests.postForm(
                        on.session(),
                        "/staff/pages/complaints/" + on.complaintId() + "/letters/posted",
                        "key=acknowledgement"));
    }

    /** The person the fixture complaint is from: it was logged with this phone number and no email address. */
    private static final String PERSON = "{\"phone\":\"01223 000000\"}";

    private static final String COMPLIMENT_FORM =
            "team=Huntingdon&received-day=4&received-month=1&received-year=2027&fromWhom=A+parent&text=Kind+words";

    /** The labels of the rows this class can send. */
    java.util.Set<String> labels() {
        return requests.keySet();
    }

    APIGatewayV2HTTPEvent request(String label, On on) {
        BiFunction<MatrixRequests, On, APIGatewayV2HTTPEvent> build = requests.get(label);
        if (build == null) {
            throw new IllegalArgumentException("no request for the row " + label);
        }
        return build.apply(this, on);
    }

    /** An API row: built as anonymous, then given the caller's claims or bearer token. */
    private void api(String label, BiFunction<MatrixRequests, On, APIGatewayV2HTTPEvent> build) {
        requests.put(label, (r, on) -> on.api(build.apply(r, on)));
    }

    private void page(String label, BiFunction<MatrixRequests, On, APIGatewayV2HTTPEvent> build) {
        requests.put(label, build);
    }

    private int next() {
        return sent.incrementAndGet();
    }

    private static APIGatewayV2HTTPEvent compliment() {
        APIGatewayV2HTTPEvent e = WorkflowApp.event("case-workflow-compliment.json");
        e.setBody("{\"team\":\"Huntingdon\",\"receivedOn\":\"2027-01-04\",\"fromWhom\":\"A parent\","
                + "\"text\":\"Kind words\"}");
        return e;
    }

    private static Map<String, String> with(Map<String, String> query, String name, String value) {
        Map<String, String> q = new LinkedHashMap<>(query);
        q.put(name, value);
        return q;
    }

    /** One past complaint, its reference new each time so an accepted import always stores one. */
    static byte[] importFile(int n) {
        return ("reference,received_on,route,procedure,complainant_id,complainant_relationship,via_advocate,"
                        + "child_age_band,child_gender,team,issues,stage1_responded_on,stage1_extended,outcome,"
                        + "stage2_requested_on,stage2_completed_on,stage2_cost_gbp,stage3_requested_on,lgo_referred_on,"
                        + "lgo_decision\n"
                        + "MX/09/" + n + ",2009-04-14,letter,statutory_childrens,P-1001,parent_carer,no,5-9,female,"
                        + "Huntingdon,communication,2009-04-24,no,upheld,,,,,,\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] multipart(String csrf, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("--" + BOUNDARY
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"past.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
