package uk.childrenscomplaints.local.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.childrenscomplaints.local.standins.SamTemplate;

/** The template's Lambda functions, with Globals applied as SAM applies them. */
public final class TemplateFunctions {

    public static final String FUNCTION_TYPE = "AWS::Serverless::Function";
    static final String HTTP_API_TYPE = "AWS::Serverless::HttpApi";

    private static final Duration SAM_DEFAULT_TIMEOUT = Duration.ofSeconds(3);
    private static final int SAM_DEFAULT_MEMORY = 128;

    private TemplateFunctions() {}

    public static List<LambdaFunction> from(SamTemplate template) {
        Map<String, Object> globals = map(template.globals().get("Function"));
        Map<String, String> defaultAuthorizers = defaultAuthorizers(template);
        List<LambdaFunction> functions = new ArrayList<>();
        template.resourcesOfType(FUNCTION_TYPE)
                .forEach((id, resource) ->
                        functions.add(function(id, resource.properties(), globals, defaultAuthorizers)));
        return functions;
    }

    /** Each HTTP API's {@code Auth.DefaultAuthorizer}: SAM puts it on every route that names none. */
    private static Map<String, String> defaultAuthorizers(SamTemplate template) {
        Map<String, String> defaults = new LinkedHashMap<>();
        template.resourcesOfType(HTTP_API_TYPE).forEach((id, api) -> {
            Object authorizer = map(api.properties().get("Auth")).get("DefaultAuthorizer");
            if (authorizer != null) {
                defaults.put(id, String.valueOf(authorizer));
            }
        });
        return defaults;
    }

    private static LambdaFunction function(
            String id,
            Map<String, Object> properties,
            Map<String, Object> globals,
            Map<String, String> defaultAuthorizers) {
        Object timeout = properties.getOrDefault("Timeout", globals.get("Timeout"));
        Object memory = properties.getOrDefault("MemorySize", globals.get("MemorySize"));
        return new LambdaFunction(
                id,
                required(id, properties, "Handler"),
                required(id, properties, "CodeUri"),
                timeout == null ? SAM_DEFAULT_TIMEOUT : Duration.ofSeconds(Long.parseLong(String.valueOf(timeout))),
                memory == null ? SAM_DEFAULT_MEMORY : Integer.parseInt(String.valueOf(memory)),
                environment(globals, properties),
                routes(id, map(properties.get("Events")), defaultAuthorizers));
    }

    // SAM merges Globals' variables with the function's own; the function wins on a clash.
    private static Map<String, Object> environment(Map<String, Object> globals, Map<String, Object> properties) {
        Map<String, Object> variables = new LinkedHashMap<>(variables(globals));
        variables.putAll(variables(properties));
        return variables;
    }

    private static Map<String, Object> variables(Map<String, Object> owner) {
        return map(map(owner.get("Environment")).get("Variables"));
    }

    private static List<HttpRoute> routes(
            String id, Map<String, Object> events, Map<String, String> defaultAuthorizers) {
        List<HttpRoute> routes = new ArrayList<>();
        events.forEach((name, event) -> {
            Map<String, Object> definition = map(event);
            if ("HttpApi".equals(definition.get("Type"))) {
                Map<String, Object> p = map(definition.get("Properties"));
                // SAM's defaults for an HttpApi event without Method and Path: every method, every path.
                Object authorizer = map(p.get("Auth")).get("Authorizer");
                if (authorizer == null) {
                    authorizer = defaultAuthorizers.get(
                            String.valueOf(map(p.get("ApiId")).get("Ref")));
                }
                routes.add(new HttpRoute(
                        id,
                        String.valueOf(p.getOrDefault("Method", HttpRoute.ANY)),
                        String.valueOf(p.getOrDefault("Path", "/{proxy+}")),
                        authorizer == null ? null : String.valueOf(authorizer)));
            }
        });
        return routes;
    }

    private static String required(String id, Map<String, Object> properties, String key) {
        Object value = properties.get(key);
        if (!(value instanceof String text)) {
            throw new IllegalStateException(
                    id + " needs a plain " + key + " in template.yaml to run locally, got: " + value);
        }
        return text;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
