package uk.childrenscomplaints.local.runtime;

/**
 * One {@code ScheduleV2} (EventBridge Scheduler) or {@code Schedule} (EventBridge rule) event of a function in
 * template.yaml, with its name and input resolved to local values. {@code input} is null when the template gives none.
 */
public record LocalSchedule(
        String name,
        String functionId,
        String eventName,
        String type,
        ScheduleExpression expression,
        String input,
        boolean enabled) {

    public static final String SCHEDULER = "ScheduleV2";
    public static final String RULE = "Schedule";

    /** Whether a name given on the command line or in a test means this schedule. */
    boolean isCalled(String selector) {
        return name.equals(selector)
                || functionId.equals(selector)
                || eventName.equals(selector)
                // Deployed names carry the stack's prefix (complaints-local-deadline-check); people say the rest.
                || name.endsWith("-" + selector);
    }
}
