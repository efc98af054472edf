package uk.childrenscomplaints.workflow;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Staff page requests as API Gateway delivers them (payload 2.0, from the page events in events/), with a session
 * cookie signed by the stand-in pool, for the statistics, compliments, caseload and import pages' tests.
 */
public final class PageRequests {
    private PageRequests() {}

    public static String session(SignInStandIn pool, String user, String group, String teams, Instant now) {
        return pool.sign(SignInStandIn.claims(user, List.of(group), teams, now));
    }

    /** A GET of {@code path} with {@code query} (already encoded, or null). */
    public static APIGatewayV2HTTPEvent get(String token, String path, String query) {
        APIGatewayV2HTTPEvent e = WorkflowApp.event("case-workflow-page-dashboard.json");
        e.setCookies(token == null ? null : List.of("staff_session=" + token));
        Map<String, String> q = new LinkedHashMap<>();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                String name = java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
                String value = kv.length < 2 ? "" : java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
                q.merge(name, value, (a, b) -> a + "," + b);
            }
        }
        e.setQueryStringParameters(q.isEmpty() ? null : q);
        e.setRawQueryString(query == null ? "" : query);
        at(e, "GET", path);
        return e;
    }

    /** A form POST of {@code path}, its body base64-encoded as API Gateway sends it. */
    public static APIGatewayV2HTTPEvent post(String token, String path, String contentType, byte[] body) {
        APIGatewayV2HTTPEvent e = WorkflowApp.event("case-workflow-page-action.json");
        e.setCookies(token == null ? null : List.of("staff_session=" + token));
        e.getHeaders().put("content-type", contentType);
        e.setBody(Base64.getEncoder().encodeToString(body));
        e.setIsBase64Encoded(true);
        e.setPathParameters(null);
        at(e, "POST", path);
        return e;
    }

    public static APIGatewayV2HTTPEvent postForm(String token, String path, String form) {
        return post(token, path, "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8));
    }

    private static void at(APIGatewayV2HTTPEvent e, String method, String path) {
        e.setRawPath(path);
        e.getRequestContext().getHttp().setPath(path);
        e.getRequestContext().getHttp().setMethod(method);
        e.setRouteKey(method + " " + path);
        e.getRequestContext().setRouteKey(method + " " + path);
    }

    public static Document html(String page) {
        return Jsoup.parse(page);
    }

    public static String csrf(String page) {
        Element token = html(page).selectFirst("input[name=csrf]");
        if (token == null || token.attr("value").isEmpty()) {
            throw new AssertionError("no form token on the page");
        }
        return token.attr("value");
    }

    public static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The table row whose {@code data-label} is {@code label}, inside the element with id {@code id}. */
    public static Element row(String page, String id, String label) {
        Element within = html(page).getElementById(id);
        if (within == null) {
            throw new AssertionError("no element " + id);
        }
        return within.select("tr[data-label]").stream()
                .filter(tr -> tr.attr("data-label").equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + id));
    }

    /** The text of the row's cell marked {@code data-figure="name"}. */
    public static String figure(Element row, String name) {
        Element cell = row.selectFirst("[data-figure=" + name + "]");
        if (cell == null) {
            throw new AssertionError("no " + name + " in the row");
        }
        return cell.text();
    }

    /** The texts of the row's cells, in order. */
    public static List<String> cells(Element row) {
        return row.select("th, td").eachText();
    }
}
