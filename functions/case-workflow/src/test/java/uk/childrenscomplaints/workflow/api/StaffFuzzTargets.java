package uk.childrenscomplaints.workflow.api;

import static uk.childrenscomplaints.workflow.WorkflowApp.DIRECTOR;
import static uk.childrenscomplaints.workflow.WorkflowApp.HUNTINGDON_MANAGER;
import static uk.childrenscomplaints.workflow.WorkflowApp.OFFICER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every staff action the fuzz suite aims at (the 23 of the access matrix), each with the steps that bring a newly
 * logged complaint to a state where the action is legal: bad input must be refused for being bad, not for the state.
 * The steps are the README's walk (as {@code StaffApiIT} runs it), every date Mon 4 Jan 2027, the day of receipt.
 */
final class StaffFuzzTargets {
    private static final String D = "\"2027-01-04\"";

    private StaffFuzzTargets() {}

    /** One action by one caller, with its body's fields (JSON, without expectedVersion). */
    record Step(Map<String, String> who, String action, String fields) {
        String body(long version) {
            return "{\"expectedVersion\":" + version + (fields.isEmpty() ? "" : "," + fields) + "}";
        }
    }

    /**
     * An action to fuzz: who sends it, the steps before it, its valid fields, and which of them are free text, dates
     * that may not be in the future, and whole numbers (where the generators aim their near-misses).
     */
    record Target(Step step, List<Step> before, List<String> texts, List<String> dates, List<String> numbers) {
        String action() {
            return step.action();
        }
    }

    static final List<Step> WALK = List.of(
            new Step(
                    HUNTINGDON_MANAGER,
                    "assign-respondents",
                    "\"respondent\":{\"name\":\"Pat Manager\",\"email\":\"pat@council.example\"}"),
            new Step(
                    OFFICER,
                    "pause-clock",
                    "\"reason\":\"awaiting_consent\",\"note\":\"Asked for consent to share\",\"pausedOn\":" + D),
            new Step(OFFICER, "resume-clock", "\"resumedOn\":" + D),
            new Step(HUNTINGDON_MANAGER, "stage1-response", "\"sentOn\":" + D + ",\"summary\":\"Apologised\""),
            new Step(HUNTINGDON_MANAGER, "outcomes", "\"outcomes\":{\"communication\":\"partially_upheld\"}"),
            new Step(
                    OFFICER,
                    "request-stage2",
                    "\"requestedOn\":" + D + ",\"reasons\":\"Still no calls\",\"serious\":false"),
            new Step(
                    OFFICER,
                    "stage2-details",
                    "\"investigatingOfficer\":\"I. Officer\",\"independentPerson\":\"I. Person\",\"costPounds\":1800"),
            new Step(OFFICER, "agree-statement", "\"agreedOn\":" + D),
            new Step(
                    OFFICER,
                    "extend-stage2",
                    "\"newDue\":\"2027-02-15\",\"reason\":\"Four services to interview\",\"complainantToldOn\":" + D),
            new Step(DIRECTOR, "stage2-response", "\"respondedOn\":" + D),
            new Step(OFFICER, "request-stage3", "\"requestedOn\":" + D + ",\"reasons\":\"Disagrees with findings\""),
            new Step(OFFICER, "book-panel", "\"bookedFor\":" + D),
            new Step(
                    OFFICER,
                    "panel",
                    "\"panelOn\":" + D + ",\"members\":[\"A Chair\",\"B Member\",\"C Member\"],"
                            + "\"recommendations\":\"Apologise and review\""),
            new Step(OFFICER, "panel-report-received", "\"receivedOn\":" + D),
            new Step(DIRECTOR, "chief-officer-decision", "\"decidedOn\":" + D + ",\"decision\":\"Accepted\""),
            new Step(OFFICER, "refer-ombudsman", "\"referredOn\":" + D),
            new Step(OFFICER, "ombudsman-decision", "\"decision\":\"not_upheld\",\"decidedOn\":" + D));

    private static final Step WITHDRAW = new Step(OFFICER, "withdraw", "\"reason\":\"Resolved by phone\"");

    static List<Target> all() {
        List<Target> all = new ArrayList<>();
        all.add(fresh(WITHDRAW, List.of("reason"), List.of()));
        all.add(fresh(
                new Step(OFFICER, "close-not-investigated", "\"reason\":\"Court proceedings\""),
                List.of("reason"),
                List.of()));
        all.add(fresh(
                new Step(
                        OFFICER,
                        "extend",
                        "\"newDue\":\"2027-02-01\",\"reason\":\"Complex\",\"complainantToldOn\":" + D),
                List.of("reason"),
                List.of("complainantToldOn")));
        all.add(fresh(new Step(OFFICER, "refer-ombudsman", "\"referredOn\":" + D), List.of(), List.of("referredOn")));
        all.add(new Target(
                new Step(OFFICER, "mark-absent", "\"absent\":true"),
                upTo("pause-clock"),
                List.of(),
                List.of(),
                List.of()));
        all.add(new Target(new Step(OFFICER, "close", ""), upTo("request-stage2"), List.of(), List.of(), List.of()));
        all.add(new Target(
                new Step(OFFICER, "reopen", "\"reopenedOn\":" + D + ",\"reason\":\"The family came back\""),
                List.of(WITHDRAW),
                List.of("reason"),
                List.of("reopenedOn"),
                List.of()));
        all.add(walked("assign-respondents", List.of(), List.of(), List.of()));
        all.add(walked("pause-clock", List.of("note"), List.of("pausedOn"), List.of()));
        all.add(walked("resume-clock", List.of(), List.of("resumedOn"), List.of()));
        all.add(walked("stage1-response", List.of("summary"), List.of("sentOn"), List.of()));
        all.add(walked("outcomes", List.of(), List.of(), List.of()));
        all.add(walked("request-stage2", List.of("reasons"), List.of("requestedOn"), List.of()));
        all.add(walked(
                "stage2-details",
                List.of("investigatingOfficer", "independentPerson"),
                List.of(),
                List.of("costPounds")));
        all.add(walked("agree-statement", List.of(), List.of("agreedOn"), List.of()));
        all.add(walked("extend-stage2", List.of("reason"), List.of("complainantToldOn"), List.of()));
        all.add(walked("stage2-response", List.of(), List.of("respondedOn"), List.of()));
        all.add(walked("request-stage3", List.of("reasons"), List.of("requestedOn"), List.of()));
        all.add(walked("book-panel", List.of(), List.of(), List.of()));
        all.add(walked("panel", List.of("recommendations"), List.of("panelOn"), List.of()));
        all.add(walked("panel-report-received", List.of(), List.of("receivedOn"), List.of()));
        all.add(walked("chief-officer-decision", List.of("decision"), List.of("decidedOn"), List.of()));
        all.add(walked("ombudsman-decision", List.of(), List.of("decidedOn"), List.of()));
        return all;
    }

    private static Target fresh(Step step, List<String> texts, List<String> dates) {
        return new Target(step, List.of(), texts, dates, List.of());
    }

    /** The action as the walk takes it, after the walk's steps before it. */
    private static Target walked(String action, List<String> texts, List<String> dates, List<String> numbers) {
        List<Step> before = upTo(action);
        return new Target(WALK.get(before.size()), before, texts, dates, numbers);
    }

    /** The walk's steps before this action. */
    private static List<Step> upTo(String action) {
        for (int i = 0; i < WALK.size(); i++) {
            if (WALK.get(i).action().equals(action)) {
                return WALK.subList(0, i);
            }
        }
        throw new IllegalArgumentException(action);
    }
}
