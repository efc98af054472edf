package uk.childrenscomplaints.local.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.childrenscomplaints.local.standins.SamTemplate;

/**
 * Resolves the template's values for a local run: {@code !Ref} to a resource gives its local name, to a parameter
 * the local value or the parameter's Default, and {@code !Sub} its placeholders. Anything else (GetAtt, Join, If)
 * is refused by name rather than passed on as a map the code would misread.
 */
public final class TemplateValues {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}!]+)}");

    private final Map<String, String> names;

    private TemplateValues(Map<String, String> names) {
        this.names = names;
    }

    /**
     * @param resourceNames local names for resources, by logical id (the table, the bus)
     * @param parameterValues local values for parameters, overriding their Default
     */
    public static TemplateValues of(
            SamTemplate template, Map<String, String> resourceNames, Map<String, String> parameterValues) {
        Map<String, String> names = new LinkedHashMap<>();
        template.parameters().forEach((name, definition) -> {
            Object fallback = definition instanceof Map<?, ?> p ? p.get("Default") : null;
            if (fallback != null) {
                names.put(name, String.valueOf(fallback));
            }
        });
        names.putAll(parameterValues);
        names.putAll(resourceNames);
        names.putIfAbsent("AWS::Region", "eu-west-2");
        names.putIfAbsent("AWS::AccountId", "000000000000");
        names.putIfAbsent("AWS::Partition", "aws");
        return new TemplateValues(names);
    }

    /** Every variable resolved to a string, in the template's order. */
    public Map<String, String> resolveAll(String owner, Map<String, Object> variables) {
        Map<String, String> resolved = new LinkedHashMap<>();
        variables.forEach((name, value) -> resolved.put(name, resolve(owner + "." + name, value)));
        return resolved;
    }

    public String resolve(String where, Object value) {
        if (value instanceof Map<?, ?> intrinsic && intrinsic.size() == 1) {
            Map.Entry<?, ?> entry = intrinsic.entrySet().iterator().next();
            String function = String.valueOf(entry.getKey());
            if (function.equals("Ref")) {
                return lookup(where, String.valueOf(entry.getValue()));
            }
            if (function.equals("Fn::Sub") && entry.getValue() instanceof String text) {
                return substitute(where, text);
            }
            throw new IllegalStateException(where + ": " + function + " cannot be resolved locally");
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new IllegalStateException(where + ": cannot resolve " + value + " locally");
        }
        return String.valueOf(value);
    }

    private String substitute(String where, String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(lookup(where, matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String lookup(String where, String name) {
        String value = names.get(name);
        if (value == null) {
            throw new IllegalStateException(where + " refers to " + name + ", which has no local value: "
                    + "give the parameter a value or the resource a local name");
        }
        return value;
    }
}
