package uk.childrenscomplaints.local.runtime;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.childrenscomplaints.local.standins.SamTemplate;

/** The schedules in template.yaml: every function's {@code ScheduleV2} and {@code Schedule} events. */
public final class TemplateSchedules {

    private TemplateSchedules() {}

    public static List<LocalSchedule> from(SamTemplate template, TemplateValues values) {
        List<LocalSchedule> schedules = new ArrayList<>();
        template.resourcesOfType(TemplateFunctions.FUNCTION_TYPE)
                .forEach((functionId, resource) -> map(resource.properties().get("Events"))
                        .forEach((eventName, event) -> {
                            Map<String, Object> definition = map(event);
                            Object type = definition.get("Type");
                            if (LocalSchedule.SCHEDULER.equals(type) || LocalSchedule.RULE.equals(type)) {
                                schedules.add(schedule(
                                        functionId,
                                        eventName,
                                        (String) type,
                                        map(definition.get("Properties")),
                                        values));
                            }
                        }));
        return schedules;
    }

    private static LocalSchedule schedule(
            String functionId, String eventName, String type, Map<String, Object> p, TemplateValues values) {
        String where = functionId + ".Events." + eventName;
        boolean scheduler = LocalSchedule.SCHEDULER.equals(type);
        // SAM names an unnamed schedule after the function and the event.
        String name = p.containsKey("Name") ? values.resolve(where + ".Name", p.get("Name")) : functionId + eventName;
        Object expression = p.get(scheduler ? "ScheduleExpression" : "Schedule");
        if (expression == null) {
            throw new IllegalStateException(where + " has no " + (scheduler ? "ScheduleExpression" : "Schedule"));
        }
        // Rules only ever run in UTC; Scheduler takes a zone and defaults to UTC.
        ZoneId zone = scheduler && p.containsKey("ScheduleExpressionTimezone")
                ? ZoneId.of(values.resolve(where + ".ScheduleExpressionTimezone", p.get("ScheduleExpressionTimezone")))
                : ZoneOffset.UTC;
        String input = p.containsKey("Input") ? values.resolve(where + ".Input", p.get("Input")) : null;
        return new LocalSchedule(
                name,
                functionId,
                eventName,
                type,
                ScheduleExpression.parse(values.resolve(where + ".ScheduleExpression", expression), zone),
                input,
                enabled(p));
    }

    private static boolean enabled(Map<String, Object> p) {
        Object state = p.get("State");
        Object enabled = p.get("Enabled");
        return !"DISABLED".equals(state) && !Boolean.FALSE.equals(enabled) && !"false".equals(String.valueOf(enabled));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
