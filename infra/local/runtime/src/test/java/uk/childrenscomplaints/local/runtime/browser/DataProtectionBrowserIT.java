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
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.childrenscomplaints.local.runtime.LocalStaffTokens;
import uk.childrenscomplaints.local.standins.SamTemplate;

/**
 * The complaint page's data-protection forms (issue 15) in real headless Chromium against the whole system: the
 * complaints team places a legal hold and restricts a complaint through the page's forms, each shown on the page and
 * its timeline, the page accessible (axe) with the forms open; the restricted complaint is then not found by its own
 * team's manager.
 */
class DataProtectionBrowserIT extends StaffPagesInChromium {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anOfficerPlacesALegalHoldAndRestrictsAComplaintWhichItsManagerThenCannotOpen() throws Exception {
        String[] logged = log(LocalDate.now(ZoneId.of("Europe/London")).minusDays(3));
        String id = logged[0];

        browser.get(url("/staff/pages/complaints/" + id));
        signInAs("officer");
        browser.get(url("/staff/pages/complaints/" + id));
        assertThat(browser.findElement(By.id("reference")).getText()).isEqualTo(logged[1]);
        assertThat(browser.findElements(By.id("form-anonymise")))
                .as("open: no early removal")
                .isEmpty();
        open("place-legal-hold");
        open("restrict");
        assertStyledAndAccessible("the complaint page with the data-protection forms");

        submit("place-legal-hold");
        WebElement problem = browser.findElement(By.cssSelector(".govuk-error-summary a"));
        assertThat(problem.getDomAttribute("href")).isEqualTo("#place-legal-hold-reason");
        assertStyledAndAccessible("the complaint page with a hold refused for want of a reason");

        open("place-legal-hold");
        type("place-legal-hold-reason", "Ombudsman investigation");
        submit("place-legal-hold");
        assertThat(browser.findElement(By.id("done")).getText()).contains("Place a legal hold: saved");
        assertThat(browser.findElement(By.id("details")).getText()).contains("Legal hold", "Ombudsman investigation");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("legal hold placed");
        assertThat(browser.findElements(By.id("form-lift-legal-hold"))).hasSize(1);

        open("restrict");
        type("restrict-reason", "A member of staff's family");
        submit("restrict");
        assertThat(browser.findElement(By.id("details")).getText()).contains("Restricted", "Complaints team only");
        open("lift-restriction");
        open("lift-legal-hold");
        assertStyledAndAccessible("the complaint page, held and restricted");
        Screenshots.save(browser, "staff-complaint-held-restricted");

        clickAndWait(browser.findElement(By.id("sign-out")));
        browser.get(url("/staff/pages/complaints/" + id));
        signInAs("huntingdon-manager");
        browser.get(url("/staff/pages/complaints/" + id));
        assertThat(browser.getTitle()).startsWith("Page not found");
        assertThat(browser.getPageSource()).doesNotContain(logged[1]).doesNotContain("Robin Caller");
    }

    private void open(String action) {
        WebElement details = browser.findElement(By.id("form-" + action));
        if (details.getDomAttribute("open") == null) {
            details.findElement(By.cssSelector("summary")).click();
        }
    }

    private void submit(String action) {
        clickAndWait(browser.findElement(By.id(action + "-submit")));
    }

    /** A Huntingdon complaint logged by the complaints team through the API: its id and reference. */
    private static String[] log(LocalDate receivedOn) throws Exception {
        JsonNode event =
                JSON.readTree(Files.readString(SamTemplate.repositoryRoot().resolve("events/case-workflow-log.json")));
        ObjectNode body = (ObjectNode) JSON.readTree(event.path("body").asText());
        body.put("team", "Huntingdon");
        body.put("receivedOn", receivedOn.toString());
        LocalStaffTokens tokens = system.runtime().bridge().tokens();
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(url("/staff/complaints")))
                        .header(
                                "Authorization",
                                "Bearer "
                                        + tokens.issue(
                                                tokens.demoUser("officer").orElseThrow()))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode logged = JSON.readTree(r.body());
        return new String[] {
            logged.path("id").asText(), logged.path("reference").asText()
        };
    }
}
