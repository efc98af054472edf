package uk.childrenscomplaints.local.standins;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.event.ruler.Machine;

/**
 * The event rules template.yaml declares ({@code AWS::Events::Rule}, and SAM's {@code EventBridgeRule} function
 * events), matched with AWS's own pattern engine so a local run fires what AWS would.
 *
 * <p>A rule's bus is compared only when the template names it with a plain string. A bus named through an
 * intrinsic ({@code !Ref ComplaintsBus}, {@code !Sub ...}) cannot be resolved here, so such a rule is taken to
 * listen on every custom bus; a rule with no bus listens on {@code default}, as on AWS.
 */
final class TemplateEventRules {

    static final String RULE_TYPE = "AWS::Events::Rule";
    static final String FUNCTION_TYPE = "AWS::Serverless::Function";
    static final String DEFAULT_BUS = "default";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Machine machine = new Machine();
    private final Map<String, BusSelector> buses = new LinkedHashMap<>();

    private TemplateEventRules() {}

    static TemplateEventRules from(SamTemplate template) {
        TemplateEventRules rules = new TemplateEventRules();
        template.resourcesOfType(RULE_TYPE).forEach((name, rule) -> {
            Object pattern = rule.properties().get("EventPattern");
            if (pattern != null) {
                rules.add(name, pattern, rule.properties().get("EventBusName"));
            }
        });
        template.resourcesOfType(FUNCTION_TYPE).forEach((function, resource) -> {
            Object events = resource.properties().get("Events");
            if (events == null) {
                return;
            }
            SamTemplate.asMap(events).forEach((eventName, body) -> {
                Map<String, Object> event = SamTemplate.asMap(body);
                if ("EventBridgeRule".equals(event.get("Type"))) {
                    Map<String, Object> properties = SamTemplate.asMap(event.get("Properties"));
                    rules.add(function + "." + eventName, properties.get("Pattern"), properties.get("EventBusName"));
                }
            });
        });
        return rules;
    }

    List<String> ruleNames() {
        return List.copyOf(buses.keySet());
    }

    /** The names of the rules on {@code busName} whose pattern matches the EventBridge envelope. */
    List<String> matching(String busName, JsonNode envelope) {
        List<String> matched;
        try {
            matched = machine.rulesForJSONEvent(envelope);
        } catch (RuntimeException e) {
            throw new IllegalStateException("event-ruler could not read the event envelope", e);
        }
        List<String> onThisBus = new ArrayList<>();
        for (String rule : buses.keySet()) {
            if (matched.contains(rule) && buses.get(rule).accepts(busName)) {
                onThisBus.add(rule);
            }
        }
        return onThisBus;
    }

    private void add(String name, Object pattern, Object bus) {
        try {
            // CloudFormation takes the pattern as YAML/JSON structure or as a JSON string.
            String json = pattern instanceof String text ? text : JSON.writeValueAsString(pattern);
            machine.addRule(name, json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("EventPattern of " + name + " is not JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException("EventPattern of " + name + " is not a valid pattern", e);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "EventPattern of " + name + " is not a valid pattern: " + e.getMessage(), e);
        }
        buses.put(name, BusSelector.of(bus));
    }

    private record BusSelector(String name, boolean anyCustomBus) {
        static BusSelector of(Object bus) {
            if (bus == null) {
                return new BusSelector(DEFAULT_BUS, false);
            }
            if (bus instanceof String text) {
                return new BusSelector(shortName(text), false);
            }
            return new BusSelector(null, true);
        }

        boolean accepts(String busName) {
            return anyCustomBus ? !DEFAULT_BUS.equals(busName) : name.equals(busName);
        }
    }

    /** Buses may be named by ARN ({@code arn:aws:events:...:event-bus/complaints-dev}) or by name. */
    static String shortName(String bus) {
        int slash = bus.lastIndexOf('/');
        return bus.startsWith("arn:") && slash >= 0 ? bus.substring(slash + 1) : bus;
    }
}
