package uk.childrenscomplaints.local.runtime.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.childrenscomplaints.local.runtime.LocalStaffTokens;
import uk.childrenscomplaints.local.standins.SamTemplate;

/**
 * The staff pages in real headless Chromium against the whole system running locally: sign-in through the
 * runtime's stand-in for Cognito's hosted UI, the dashboard, and a complaint worked through its forms.
 */
class StaffPagesBrowserIT extends StaffPagesInChromium {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anOfficerSignsInFindsAnOverdueComplaintAndWorksItWhileTheTimelineGrows() throws Exception {
        Logged overdue = log("Huntingdon", today().minusDays(35));

        browser.get(url("/staff"));
        assertThat(browser.getTitle()).startsWith("Sign in to the staff pages");
        assertAccessible("the sign-in page");
        signInAs("officer");

        assertThat(browser.getTitle()).startsWith("Open complaints");
        WebElement row = browser.findElement(By.cssSelector("tr[data-reference='" + overdue.reference() + "']"));
        assertThat(row.getText()).contains("Overdue").contains("Huntingdon");
        assertThat(Integer.parseInt(browser.findElement(By.id("count-overdue")).getText()))
                .isPositive();
        assertStyledAndAccessible("the dashboard");
        Screenshots.save(browser, "staff-dashboard");

        clickAndWait(row.findElement(By.linkText(overdue.reference())));
        assertThat(browser.findElement(By.id("reference")).getText()).isEqualTo(overdue.reference());
        assertThat(browser.findElement(By.id("rag")).getText()).isEqualTo("Overdue");
        int entries = timelineRows();

        open("assign-respondents");
        type("assign-respondents-respondent-name", "Pat Manager");
        type("assign-respondents-respondent-email", "pat.manager@council.example");
        submit("assign-respondents");
        assertThat(browser.findElement(By.id("done")).getText()).contains("Assign respondents: saved");
        assertThat(browser.findElement(By.id("details")).getText())
                .contains("Pat Manager (pat.manager@council.example)");
        assertThat(timelineRows()).isEqualTo(entries + 1);

        open("stage1-response");
        type("stage1-response-summary", "Apologised and named a worker who will call back weekly.");
        submit("stage1-response");
        assertThat(browser.findElement(By.id("done")).getText()).contains("Record the Stage 1 response: saved");
        // Logged by phone with no email: the response also owes its covering letter to post (decision 040), which
        // the outbox relay records a moment after the answer (decision 035); the page after the redirect is a GET.
        system.runtime().awaitOutboxRelay();
        browser.navigate().refresh();
        assertThat(timelineRows()).isEqualTo(entries + 3);

        open("outcomes");
        new Select(browser.findElement(By.id("outcomes-outcomes-communication"))).selectByValue("partially_upheld");
        submit("outcomes");
        assertThat(browser.findElement(By.id("done")).getText()).contains("Record outcomes: saved");
        assertThat(browser.findElement(By.id("complaint")).getText()).contains("Communication (Partially upheld)");
        assertThat(timelineRows()).isEqualTo(entries + 4);
        assertStyledAndAccessible("the complaint page");
        Screenshots.save(browser, "staff-complaint");

        // A refused action shows its reason on the page, and changes nothing.
        open("withdraw");
        submit("withdraw");
        WebElement problem = browser.findElement(By.cssSelector(".govuk-error-summary a"));
        assertThat(problem.getDomAttribute("href")).isEqualTo("#withdraw-reason");
        assertThat(problem.getText()).isEqualTo("This is required");
        assertThat(browser.findElements(By.id("withdraw-reason"))).hasSize(1);
        assertThat(browser.getTitle()).startsWith("Error:");
        assertStyledAndAccessible("the complaint page with an error");
        assertThat(timelineRows()).isEqualTo(entries + 4);

        clickAndWait(browser.findElement(By.id("sign-out")));
        assertThat(browser.getTitle()).startsWith("You have signed out");
        browser.get(url("/staff/pages/complaints/" + overdue.id()));
        assertThat(browser.getTitle()).startsWith("Sign in to the staff pages");
    }

    @Test
    void aRespondingManagerCannotSeeAnotherTeamsComplaintEvenByTypingItsAddress() throws Exception {
        Logged ecf = log("ECF", today().minusDays(20));
        Logged huntingdon = log("Huntingdon", today().minusDays(2));

        browser.get(url("/staff/pages/dashboard"));
        signInAs("huntingdon-manager");
        assertThat(browser.findElement(By.id("main-content")).getText())
                .contains(huntingdon.reference())
                .doesNotContain(ecf.reference());

        browser.get(url("/staff/pages/complaints/" + ecf.id()));
        assertThat(browser.getTitle()).startsWith("Page not found");
        assertThat(browser.getPageSource()).doesNotContain(ecf.reference()).doesNotContain("Robin Caller");
        assertStyledAndAccessible("the not-found page");
    }

    @Test
    void withoutASessionNoPageShowsDataAndNoFormChangesAnything() throws Exception {
        Logged c = log("Huntingdon", today().minusDays(35));
        for (String path : List.of("/staff", "/staff/pages/dashboard", "/staff/pages/complaints/" + c.id())) {
            HttpResponse<String> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(303);
            assertThat(r.headers().firstValue("Location")).as(path).isPresent();
            assertThat(r.body()).doesNotContain(c.reference());
        }
        HttpResponse<String> post = HTTP.send(
                HttpRequest.newBuilder(URI.create(url("/staff/pages/complaints/" + c.id() + "/actions/withdraw")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("expectedVersion=1&reason=x"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(303);
        assertThat(post.headers().firstValue("Location")).contains("/staff/pages/sign-in");
        JsonNode now = JSON.readTree(HTTP.send(
                        HttpRequest.newBuilder(URI.create(url("/staff/complaints/" + c.id())))
                                .header("Authorization", "Bearer " + token("officer"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        assertThat(now.path("version").asLong()).isEqualTo(1);
        assertThat(now.path("state").asText()).isEqualTo("stage1_open");
    }

    // ---- helpers

    private record Logged(String id, String reference) {}

    /** A complaint the complaints team logged from a phone call received on {@code receivedOn}, through the API. */
    private static Logged log(String team, LocalDate receivedOn) throws IOException, InterruptedException {
        JsonNode event =
                JSON.readTree(Files.readString(SamTemplate.repositoryRoot().resolve("events/case-workflow-log.json")));
        ObjectNode body = (ObjectNode) JSON.readTree(event.path("body").asText());
        body.put("team", team);
        body.put("receivedOn", receivedOn.toString());
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(url("/staff/complaints")))
                        .header("Authorization", "Bearer " + token("officer"))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode logged = JSON.readTree(r.body());
        return new Logged(logged.path("id").asText(), logged.path("reference").asText());
    }

    private static String token(String user) {
        LocalStaffTokens tokens = system.runtime().bridge().tokens();
        return tokens.issue(tokens.demoUser(user).orElseThrow());
    }

    /** GOV.UK details need no script: clicking the summary opens the form. */
    private void open(String action) {
        WebElement details = browser.findElement(By.id("form-" + action));
        if (details.getDomAttribute("open") == null) {
            details.findElement(By.cssSelector("summary")).click();
        }
    }

    private void submit(String action) {
        clickAndWait(browser.findElement(By.id(action + "-submit")));
    }

    private int timelineRows() {
        return browser.findElements(By.cssSelector("#timeline tbody tr")).size();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }
}
