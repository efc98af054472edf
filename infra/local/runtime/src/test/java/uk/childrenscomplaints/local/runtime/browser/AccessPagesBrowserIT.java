package uk.childrenscomplaints.local.runtime.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.childrenscomplaints.local.runtime.LocalStaffTokens;
import uk.childrenscomplaints.local.standins.SamTemplate;

/**
 * Who looked and subject access (decision 029) in real headless Chromium against the whole system running locally:
 * the complaint page's "who has viewed" list, the subject access request page (search, results, a mistake), and the
 * director's listing, each styled by GOV.UK Frontend and free of axe-core violations.
 */
class AccessPagesBrowserIT extends StaffPagesInChromium {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theOfficerSeesWhoViewedFindsThePersonsComplaintAndTheDirectorSeesTheOfficersReads() throws Exception {
        // A number nobody else in the local table has, so the search finds exactly this complaint.
        String phone =
                "07700 9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        JsonNode logged = log(phone);
        String id = logged.path("id").asText();
        String reference = logged.path("reference").asText();

        browser.get(url("/staff"));
        signInAs("officer");
        browser.get(url("/staff/pages/complaints/" + id));
        assertThat(browser.findElement(By.id("reference")).getText()).isEqualTo(reference);
        assertThat(browser.findElement(By.id("viewers")).getText())
                .contains("officer")
                .contains("GET /staff/pages/complaints/{id}");
        assertStyledAndAccessible("the complaint page with who has viewed it");

        clickAndWait(browser.findElement(By.linkText("Subject access")));
        assertThat(browser.getTitle()).startsWith("Subject access request");
        assertStyledAndAccessible("the subject access request page");

        clickAndWait(browser.findElement(By.cssSelector("#subject-access-search button")));
        assertThat(browser.getTitle()).startsWith("Error:");
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary a")).getText())
                .startsWith("Enter the person's email address, phone number or name");
        assertStyledAndAccessible("the subject access request page with an error");

        type("phone", phone);
        clickAndWait(browser.findElement(By.cssSelector("#subject-access-search button")));
        assertThat(browser.findElement(By.id("results")).getText()).contains(reference);
        assertThat(browser.findElements(By.id("export-html"))).hasSize(1);
        assertStyledAndAccessible("the subject access request's results");
        Screenshots.save(browser, "staff-subject-access");

        clickAndWait(browser.findElement(By.id("sign-out")));
        browser.get(url("/staff"));
        signInAs("director");
        clickAndWait(browser.findElement(By.linkText("Who looked")));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        type("user", "officer");
        type("from", today);
        type("to", today);
        clickAndWait(browser.findElement(By.cssSelector("#access-search button")));
        assertThat(browser.findElement(By.id("accesses")).getText()).contains("Complaint " + id);
        assertStyledAndAccessible("the director's listing of a member's reads");
    }

    /** A complaint the complaints team logged from a phone call today, through the API. */
    private static JsonNode log(String phone) throws Exception {
        JsonNode event =
                JSON.readTree(Files.readString(SamTemplate.repositoryRoot().resolve("events/case-workflow-log.json")));
        ObjectNode body = (ObjectNode) JSON.readTree(event.path("body").asText());
        body.put("phone", phone);
        body.put(
                "receivedOn",
                LocalDate.now(java.time.ZoneId.of("Europe/London")).toString());
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(url("/staff/complaints")))
                        .header("Authorization", "Bearer " + token("officer"))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    private static String token(String user) {
        LocalStaffTokens tokens = system.runtime().bridge().tokens();
        return tokens.issue(tokens.demoUser(user).orElseThrow());
    }
}
