package uk.childrenscomplaints.submission;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.ModelAndView;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import uk.childrenscomplaints.complaint.infrastructure.CouncilProfile;

/**
 * The pages a council must publish beside the form (the accessibility statement, cookies and the privacy notice),
 * and the council's brand as a stylesheet. Every detail comes from the council's profile; the pages hold no personal
 * data, but keep the function's headers (SecurityHeaders), so they are fetched fresh like the rest.
 */
@Controller
public class CouncilPagesController {
    static final String ACCESSIBILITY_VIEW = "accessibility";
    static final String COOKIES_VIEW = "cookies";
    static final String PRIVACY_VIEW = "privacy";
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final CouncilProfile council;

    public CouncilPagesController(CouncilProfile council) {
        this.council = council;
    }

    @Get("/complaints/accessibility")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<ModelAndView<Map<String, Object>>> accessibility() {
        String reviewed = LocalDate.parse(council.accessibilityReviewedOn()).format(LONG_DATE);
        return HttpResponse.ok(new ModelAndView<>(ACCESSIBILITY_VIEW, Map.of("reviewedOn", reviewed)));
    }

    @Get("/complaints/cookies")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<ModelAndView<Map<String, Object>>> cookies() {
        return HttpResponse.ok(new ModelAndView<>(COOKIES_VIEW, Map.of()));
    }

    @Get("/complaints/privacy")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<ModelAndView<Map<String, Object>>> privacy() {
        return HttpResponse.ok(new ModelAndView<>(PRIVACY_VIEW, Map.of()));
    }

    /**
     * GOV.UK Frontend 6 draws its brand colour from {@code --govuk-brand-colour}; the council's header bar and the
     * service navigation's border take it too. The profile refuses a colour under 4.5:1 against the header's white
     * text, so no page fails contrast because of a brand. A stylesheet, not inline styles: the pages' policy allows
     * styles from this site only.
     */
    /**
     * The council's icon for browser tabs: a square in its brand colour, instead of GOV.UK's crown. Named by every
     * page, so no browser asks for /favicon.ico, which no route serves.
     */
    @Get("/assets/council-icon.svg")
    @Produces("image/svg+xml")
    public HttpResponse<String> icon() {
        return HttpResponse.ok("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\">"
                + "<rect width=\"32\" height=\"32\" rx=\"6\" fill=\"" + council.brandColour() + "\"/></svg>");
    }

    @Get("/assets/council.css")
    @Produces("text/css")
    public HttpResponse<String> brand() {
        String colour = council.brandColour();
        return HttpResponse.ok(":root{--govuk-brand-colour:" + colour + "}\n"
                + ".council-header{background-color:" + colour + ";color:#ffffff;border-bottom:10px solid "
                + colour + ";padding-top:15px;padding-bottom:5px}\n"
                + ".council-header__container{display:flex;align-items:center;gap:15px}\n"
                + ".council-header__logo{max-height:48px;width:auto}\n"
                + ".council-header__name{font-family:arial,sans-serif;font-weight:700;font-size:1.5rem;"
                + "line-height:1.25;color:#ffffff}\n"
                + ".council-service-navigation{border-bottom:1px solid " + colour + "}\n"
                + ".council-footer{border-top:1px solid " + colour + "}\n");
    }
}
