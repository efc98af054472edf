package uk.childrenscomplaints.submission.children;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.deadlines.Notifications;
import uk.childrenscomplaints.complaint.application.intake.NewComplaintValidation;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.model.Teams;

/**
 * What the pages of the form for children and young people show. Plain values only: the templates escape every
 * answer (th:value, th:text), so nothing here is pre-escaped.
 */
public final class YoungPeoplePage {
    public static final String START_VIEW = "young-people/start";
    public static final String RECEIVED_VIEW = "young-people/received";
    public static final String NOT_SURE = NewComplaintValidation.DONT_KNOW_TEAM;

    private YoungPeoplePage() {}

    /** A link in the error summary, and a choice on a page: getters, because the templates read them. */
    public static final class Item {
        private final String value;
        private final String label;
        private final String id;

        Item(String value, String label, String id) {
            this.value = value;
            this.label = label;
            this.id = id;
        }

        public String getValue() {
            return value;
        }

        public String getLabel() {
            return label;
        }

        public String getId() {
            return id;
        }
    }

    public static Map<String, Object> start(String formToken, Advocacy advocacy) {
        Map<String, Object> m = new HashMap<>();
        m.put("formToken", formToken);
        m.put("advocacy", advocacy);
        return m;
    }

    /**
     * One question's page: its answers so far, the others to carry in hidden fields, and its problems.
     *
     * @param fromCheck the person came from the check-your-answers page, and goes back there next
     */
    public static Map<String, Object> question(
            YoungPeopleQuestion page,
            YoungPeopleAnswers answers,
            List<FieldError> problems,
            boolean fromCheck,
            Teams teams,
            Advocacy advocacy) {
        Map<String, Object> m = new HashMap<>();
        m.put("page", page.slug());
        m.put("v", answers.values());
        m.put("hidden", answers.carriedExcept(page.fields()));
        m.put("formToken", answers.formToken());
        m.put("fromCheck", fromCheck);
        m.put("advocacy", advocacy);
        Map<String, String> byField = new LinkedHashMap<>();
        List<Item> links = new ArrayList<>();
        for (FieldError e : problems) {
            if (byField.putIfAbsent(e.field(), e.message()) == null) {
                links.add(new Item("#" + e.field(), e.message(), null));
            }
        }
        m.put("errors", links);
        m.put("err", byField);
        List<Item> teamChoices = new ArrayList<>();
        // The public name is both value and label, as on the form for adults: the council's internal codes mean
        // nothing to a child, and Teams.find takes either.
        for (TeamName t : teams.names()) {
            String name = teams.publicName(t);
            teamChoices.add(new Item(name, name, teamChoices.isEmpty() ? "team" : "team-" + (teamChoices.size() + 1)));
        }
        teamChoices.add(new Item(
                NOT_SURE, "I am not sure", teamChoices.isEmpty() ? "team" : "team-" + (teamChoices.size() + 1)));
        m.put("teams", teamChoices);
        m.put("teamLabel", teamLabel(answers.team(), teams));
        return m;
    }

    /** What the check page says: the team's public name, even for an answer given as its code. */
    private static String teamLabel(String team, Teams teams) {
        if (team == null || team.isBlank() || NOT_SURE.equals(team.trim())) {
            return "I am not sure";
        }
        return teams.find(team).map(teams::publicName).orElse(team.trim());
    }

    public static Map<String, Object> received(Complaint c, Advocacy advocacy) {
        Map<String, Object> m = new HashMap<>();
        m.put("reference", c.reference().toString());
        m.put(
                "respondBy",
                c.parts().stage1() == null
                        ? ""
                        : Notifications.longDate(c.parts().stage1().dueOn()));
        m.put("emailed", c.intake().complainant().emailAddress().isPresent());
        m.put("advocacy", advocacy);
        return m;
    }
}
