package uk.childrenscomplaints.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import uk.childrenscomplaints.complaint.infrastructure.ComplaintsConfiguration;
import uk.childrenscomplaints.complaint.infrastructure.CouncilProfile;

/**
 * Gives every page, public and staff, the council it belongs to: its name ({@value #NAME}) and its profile
 * ({@value #COUNCIL}) for the header, the footer and "Other ways to complain". Added here, once, so no controller has
 * to remember it and no template names a council.
 */
@Singleton
public class CouncilPageModel implements ViewModelProcessor<Map<String, Object>> {
    public static final String COUNCIL = "council";
    public static final String NAME = "councilName";

    private final String councilName;
    private final CouncilProfile council;

    public CouncilPageModel(ComplaintsConfiguration config, CouncilProfile council) {
        this.councilName = config.councilName();
        this.council = council;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElse(Map.of()));
        model.putIfAbsent(COUNCIL, council);
        model.putIfAbsent(NAME, councilName);
        modelAndView.setModel(model);
    }
}
