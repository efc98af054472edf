package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A member of the demo staff signed in to the staff pages of a running {@link LocalRuntime} without a browser: the same
 * round trip Chromium makes (the pages' sign-in, the runtime's stand-in for the hosted UI, the code back with the
 * sign-in cookie, the session cookie), each step checked. The cookies are carried by hand: the sign-in cookie's path is
 * the return address, which java.net's cookie handler refuses to store from the sign-in page's answer.
 */
final class StaffPagesClient {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final URI endpoint;
    private final String session;

    private StaffPagesClient(URI endpoint, String session) {
        this.endpoint = endpoint;
        this.session = session;
    }

    static StaffPagesClient signIn(LocalRuntime runtime, String user) throws Exception {
        URI endpoint = runtime.endpoint();
        HttpResponse<String> start = HTTP.send(
                HttpRequest.newBuilder(endpoint.resolve("/staff/pages/sign-in"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(start.statusCode()).as(start.body()).isEqualTo(303);
        URI chooser = URI.create(start.headers().firstValue("Location").orElseThrow());
        assertThat(chooser.getPath()).isEqualTo(LocalHostedUi.AUTHORIZE);
        Map<String, String> query = query(chooser.getRawQuery());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("user", user);
        form.put("redirect_uri", query.get("redirect_uri"));
        form.put("state", query.get("state"));
        form.put("code_challenge", query.get("code_challenge"));
        HttpResponse<String> chosen = HTTP.send(
                HttpRequest.newBuilder(endpoint.resolve(LocalHostedUi.AUTHORIZE))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(RuntimeRequests.urlEncoded(form)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chosen.statusCode()).as(user + ": " + chosen.body()).isEqualTo(303);
        HttpResponse<String> back = HTTP.send(
                HttpRequest.newBuilder(URI.create(
                                chosen.headers().firstValue("Location").orElseThrow()))
                        .header("Cookie", cookie(start))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(back.statusCode()).as(user + " signed in: " + back.body()).isEqualTo(303);
        assertThat(back.headers().firstValue("Location")).contains("/staff/pages/dashboard");
        return new StaffPagesClient(endpoint, cookie(back));
    }

    HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(request(pathAndQuery), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> download(String pathAndQuery) throws Exception {
        return HTTP.send(request(pathAndQuery), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest request(String pathAndQuery) {
        return HttpRequest.newBuilder(endpoint.resolve(pathAndQuery))
                .header("Cookie", session)
                .GET()
                .build();
    }

    /** The name=value of the cookie an answer set. */
    private static String cookie(HttpResponse<String> r) {
        String set = r.headers().firstValue("Set-Cookie").orElseThrow();
        return set.substring(0, set.indexOf(';'));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            values.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}
