package uk.childrenscomplaints.local.standins;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import uk.childrenscomplaints.local.standins.AwsCallRecorder.AwsCall;

/**
 * What a function's role in {@code template.yaml} allows, read from its {@code Policies}: inline statements, the
 * managed policies it refers to, and the SAM policy templates among {@link #SAM_POLICY_TEMPLATES} (the template uses
 * none today; one it used that is not listed fails {@link #refused}, so the list is kept honest). Resources are
 * matched as the template writes them: the table ({@code !GetAtt ComplaintsTable.Arn}), an index ({@code
 * ${ComplaintsTable.Arn}/index/NAME}), SES templates ({@code :template/*}); {@code dynamodb:LeadingKeys}
 * conditions against the key a call names.
 */
public final class TemplatePermissions {

    /** SAM policy templates and the DynamoDB, SES and EventBridge actions they expand to (SAM's policy_templates.json). */
    static final Map<String, List<String>> SAM_POLICY_TEMPLATES = Map.of(
            "DynamoDBReadPolicy",
                    List.of(
                            "dynamodb:GetItem",
                            "dynamodb:Scan",
                            "dynamodb:Query",
                            "dynamodb:BatchGetItem",
                            "dynamodb:DescribeTable"),
            "DynamoDBCrudPolicy",
                    List.of(
                            "dynamodb:GetItem",
                            "dynamodb:DeleteItem",
                            "dynamodb:PutItem",
                            "dynamodb:Scan",
                            "dynamodb:Query",
                            "dynamodb:UpdateItem",
                            "dynamodb:BatchWriteItem",
                            "dynamodb:BatchGetItem",
                            "dynamodb:DescribeTable",
                            "dynamodb:ConditionCheckItem"),
            "DynamoDBWritePolicy",
                    List.of(
                            "dynamodb:PutItem",
                            "dynamodb:UpdateItem",
                            "dynamodb:BatchWriteItem",
                            "dynamodb:DeleteItem",
                            "dynamodb:DescribeTable"),
            "SESCrudPolicy",
                    List.of(
                            "ses:GetIdentityVerificationAttributes",
                            "ses:SendEmail",
                            "ses:SendRawEmail",
                            "ses:VerifyEmailIdentity"),
            "SESEmailTemplateCrudPolicy",
                    List.of(
                            "ses:CreateTemplate",
                            "ses:GetTemplate",
                            "ses:ListTemplates",
                            "ses:UpdateTemplate",
                            "ses:DeleteTemplate",
                            "ses:TestRenderTemplate"),
            "EventBridgePutEventsPolicy", List.of("events:PutEvents"));

    private final SamTemplate template;

    private TemplatePermissions(SamTemplate template) {
        this.template = template;
    }

    public static TemplatePermissions of(SamTemplate template) {
        return new TemplatePermissions(template);
    }

    /** The calls the function's role does not allow, each said with the reason; empty when every one is allowed. */
    public List<String> refused(String functionId, Collection<AwsCall> calls) {
        List<Map<String, Object>> statements = statementsOf(functionId);
        List<String> refused = new ArrayList<>();
        for (AwsCall call : calls) {
            if (statements.stream().noneMatch(s -> allows(s, call))) {
                refused.add(functionId + " may not " + call);
            }
        }
        return refused;
    }

    List<Map<String, Object>> statementsOf(String functionId) {
        List<Map<String, Object>> statements = new ArrayList<>();
        Object policies = template.resource(functionId).properties().get("Policies");
        for (Object policy : list(policies)) {
            Map<String, Object> p = SamTemplate.asMap(policy);
            if (p.get("Ref") instanceof String name) {
                statements.addAll(maps(
                        SamTemplate.asMap(template.resource(name).properties().get("PolicyDocument"))
                                .get("Statement")));
            } else if (p.containsKey("Statement")) {
                statements.addAll(maps(p.get("Statement")));
            } else {
                for (String name : p.keySet()) {
                    List<String> actions = SAM_POLICY_TEMPLATES.get(name);
                    if (actions == null) {
                        throw new IllegalStateException(functionId + " uses the SAM policy template " + name
                                + ": add its actions to " + "TemplatePermissions.SAM_POLICY_TEMPLATES");
                    }
                    // A policy template covers its table and the table's indexes.
                    statements.add(Map.of("Effect", "Allow", "Action", actions, "Resource", "*"));
                }
            }
        }
        return statements;
    }

    private static boolean allows(Map<String, Object> statement, AwsCall call) {
        return "Allow".equals(statement.get("Effect"))
                && list(statement.get("Action")).stream().anyMatch(a -> glob(String.valueOf(a), call.action()))
                && coversResource(statement.get("Resource"), call)
                && meetsCondition(statement.get("Condition"), call);
    }

    private static boolean coversResource(Object resource, AwsCall call) {
        List<Object> resources = list(resource);
        if (resources.contains("*")) {
            return true;
        }
        if (call.action().startsWith("dynamodb:")) {
            return resources.stream()
                    .anyMatch(r -> call.index() == null
                            ? r.equals(Map.of("Fn::GetAtt", List.of("ComplaintsTable", "Arn")))
                            : r instanceof Map<?, ?> sub
                                    && sub.get("Fn::Sub") instanceof String s
                                    && (s.equals("${ComplaintsTable.Arn}/index/" + call.index())
                                            || s.equals("${ComplaintsTable.Arn}/index/*")));
        }
        if (call.action().equals("ses:GetEmailTemplate") || call.action().equals("ses:CreateEmailTemplate")) {
            return String.valueOf(resource).contains(":template/*");
        }
        // Buses, secrets and parameters are each named once in the template; the action is the question here.
        return true;
    }

    private static boolean meetsCondition(Object condition, AwsCall call) {
        if (condition == null) {
            return true;
        }
        Map<String, Object> c = SamTemplate.asMap(condition);
        for (var test : c.entrySet()) {
            Object keys = SamTemplate.asMap(test.getValue()).get("dynamodb:LeadingKeys");
            if (keys == null) {
                return false; // a condition this reader does not understand allows nothing it can prove
            }
            if (call.leadingKey() == null) {
                return false;
            }
            boolean like = test.getKey().endsWith("StringLike");
            if (list(keys).stream()
                    .noneMatch(k -> like ? glob(String.valueOf(k), call.leadingKey()) : k.equals(call.leadingKey()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean glob(String pattern, String value) {
        return Pattern.compile(Pattern.quote(pattern).replace("*", "\\E.*\\Q"))
                .matcher(value)
                .matches();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> l ? (List<Object>) l : List.of(value);
    }

    private static List<Map<String, Object>> maps(Object value) {
        return list(value).stream().map(SamTemplate::asMap).toList();
    }
}
