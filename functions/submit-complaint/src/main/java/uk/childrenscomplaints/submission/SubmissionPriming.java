package uk.childrenscomplaints.submission;

import io.micronaut.context.BeanProvider;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import uk.childrenscomplaints.complaint.application.deadlines.StatusLinks;
import uk.childrenscomplaints.complaint.infrastructure.SnapStartPriming;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.web.PrimingRequests;

/**
 * What the public function answers before its SnapStart checkpoint (decision 039): the form page, a JSON and a form
 * POST that fail validation (a missing name and an address that is not one: refused before anything is counted or
 * stored), a status link, properly signed, for a complaint no one has (one read that finds nothing), and the
 * children's form's first page. Between them they reach routing, the header screen, both body readers, the
 * validation, the error pages and the JSON problem list, the compiled pages, the status-link signature and the table.
 */
@Singleton
class SubmissionPriming implements PrimingRequests {
    /** Every field the API knows, shaped as a real complaint's, and refused: no name, and no usable address. */
    static final String INVALID_JSON = "{\"complainantName\": \"\", \"email\": \"not-an-address\","
            + " \"relationship\": \"child\", \"viaAdvocate\": false, \"childAge\": 15, \"childGender\": \"other\","
            + " \"team\": \"dont_know\", \"issues\": [\"decision\"], \"whatHappened\": \"priming\","
            + " \"desiredOutcome\": \"priming\", \"matterOccurredOn\": \"2026-01-01\","
            + " \"procedure\": \"statutory_childrens\", \"consent\": false}";

    static final String INVALID_FORM = "complainantName=&email=not-an-address&relationship=child&viaAdvocate=no"
            + "&childAge=15&team=dont_know&issues=decision&whatHappened=priming&matterOccurredOn-day=1"
            + "&matterOccurredOn-month=1&matterOccurredOn-year=2026&procedure=statutory_childrens";

    // Providers: the beans are built when priming asks, never at start-up for priming's sake.
    private final BeanProvider<StatusLinks> links;
    private final BeanProvider<Clock> clock;

    SubmissionPriming(BeanProvider<StatusLinks> links, BeanProvider<Clock> clock) {
        this.links = links;
        this.clock = clock;
    }

    @Override
    public List<PrimingRequest> requests() {
        String token = links.get()
                .issue(
                        new ComplaintId(SnapStartPriming.PRIMING_COMPLAINT_ID),
                        clock.get().instant());
        return List.of(
                PrimingRequest.get("/complaints/new"),
                PrimingRequest.post("/complaints", MediaType.APPLICATION_JSON, INVALID_JSON),
                PrimingRequest.post("/complaints", MediaType.APPLICATION_FORM_URLENCODED, INVALID_FORM),
                PrimingRequest.get(StatusLinks.PATH, "t=" + URLEncoder.encode(token, StandardCharsets.UTF_8)),
                PrimingRequest.get(YoungPeopleFormController.PATH));
    }
}
