package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.infrastructure.SnapStartPriming;
import uk.childrenscomplaints.local.standins.SamTemplate;
import uk.childrenscomplaints.local.standins.SamTemplate.Resource;
import uk.childrenscomplaints.observability.BusinessMetrics;

/**
 * What template.yaml promises the operations team and a security review, read from the parsed template: the things
 * {@code cfn-lint} cannot judge (which .ci/run runs first for the SAM transform and the resource schemas).
 */
class OperableTemplateTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Object> ALERTS_TOPIC = Map.of("Ref", "OperationsAlertsTopic");
    private static final Map<String, Object> FAILED_QUEUE =
            Map.of("Fn::GetAtt", List.of("FailedInvocationsQueue", "Arn"));
    private static final Pattern RUNBOOK = Pattern.compile("docs/operations\\.md, \"([^\"]+)\"");

    private final SamTemplate template = SamTemplate.locate();
    private final Map<String, Resource> resources = template.resources();
    private final Map<String, Resource> functions = template.resourcesOfType(TemplateFunctions.FUNCTION_TYPE);

    @Test
    void everyFunctionHasAnErrorsAndAThrottlesAlarmToTheOperationsTopic() {
        assertThat(functions).hasSizeGreaterThanOrEqualTo(6);
        for (String function : functions.keySet()) {
            for (String metric : List.of("Errors", "Throttles")) {
                assertThat(alarms()).as("%s alarm of %s", metric, function).anySatisfy(alarm -> {
                    assertThat(alarm.get("Namespace")).isEqualTo("AWS/Lambda");
                    assertThat(alarm.get("MetricName")).isEqualTo(metric);
                    assertThat(list(alarm.get("Dimensions")))
                            .containsExactly(Map.of("Name", "FunctionName", "Value", Map.of("Ref", function)));
                });
            }
        }
    }

    @Test
    void everyAlarmTellsTheOperationsTopicAndNamesItsRunbookEntry() throws IOException {
        String runbook = Files.readString(SamTemplate.repositoryRoot().resolve("docs/operations.md"));
        assertThat(alarms()).hasSizeGreaterThanOrEqualTo(18).allSatisfy(alarm -> {
            assertThat(list(alarm.get("AlarmActions"))).containsExactly(ALERTS_TOPIC);
            Matcher entry = RUNBOOK.matcher(String.valueOf(alarm.get("AlarmDescription")));
            assertThat(entry.find())
                    .as("%s names its runbook entry", alarm.get("AlarmName"))
                    .isTrue();
            assertThat(runbook).as("docs/operations.md has the entry").contains("### " + entry.group(1));
        });
        Map<String, Object> topic = resources.get("OperationsAlertsTopic").properties();
        assertThat(topic.get("KmsMasterKeyId")).isEqualTo(Map.of("Ref", "ComplaintsKey"));
        Resource subscription = resources.get("OperationsAlertsEmailSubscription");
        assertThat(subscription.definition().get("Condition")).isEqualTo("HasOperationsAlertEmail");
        assertThat(subscription.properties())
                .containsEntry("Protocol", "email")
                .containsEntry("Endpoint", Map.of("Ref", "OperationsAlertEmail"));
    }

    /** Silence is failure: the sweep runs every day and reports success even when the day is not a working day. */
    @Test
    void theSweepAlarmFiresWhenNoSuccessArrivedInADayAndTheSweepRunsEveryDay() {
        Map<String, Object> alarm = resources.get("SweepDidNotSucceedAlarm").properties();
        assertThat(alarm.get("MetricName")).isEqualTo("SweepSucceeded");
        assertThat(alarm.get("Namespace")).isEqualTo(globalEnvironment().get("METRICS_NAMESPACE"));
        assertThat(alarm.get("TreatMissingData")).isEqualTo("breaching");
        assertThat(alarm.get("ComparisonOperator")).isEqualTo("LessThanThreshold");
        assertThat(number(alarm.get("Period")) * number(alarm.get("EvaluationPeriods")))
                .isEqualTo(86_400);
        assertThat(alarm.get("DatapointsToAlarm")).isEqualTo(alarm.get("EvaluationPeriods"));

        Map<String, Object> schedule = scheduleOf("DeadlineCheckFunction");
        assertThat(schedule.get("ScheduleExpression")).isEqualTo("cron(0 7 * * ? *)");
        assertThat(schedule.get("ScheduleExpressionTimezone")).isEqualTo("Europe/London");

        Map<String, Object> owed = resources.get("OwedNotificationsOldAlarm").properties();
        assertThat(owed.get("MetricName")).isEqualTo("OldestOwedNotificationMinutes");
        assertThat(owed.get("Threshold")).isEqualTo(60);
    }

    @Test
    void everyScheduledOrAsynchronousInvocationHasSomewhereToFail() {
        Set<String> asynchronous = new LinkedHashSet<>();
        functions.forEach((id, function) -> map(function.properties().get("Events"))
                .forEach((name, body) -> {
                    Map<String, Object> event = map(body);
                    Map<String, Object> properties = map(event.get("Properties"));
                    if ("ScheduleV2".equals(event.get("Type"))) {
                        asynchronous.add(id);
                        assertThat(map(properties.get("DeadLetterConfig")).get("Arn"))
                                .as(id + "." + name)
                                .isEqualTo(FAILED_QUEUE);
                        assertThat(properties.get("RoleArn"))
                                .as(id + "." + name)
                                .isEqualTo(Map.of("Fn::GetAtt", List.of("SchedulerRole", "Arn")));
                    }
                    if ("EventBridgeRule".equals(event.get("Type"))) {
                        asynchronous.add(id);
                        assertThat(map(properties.get("DeadLetterConfig")).get("Arn"))
                                .as(id + "." + name)
                                .isEqualTo(FAILED_QUEUE);
                    }
                }));
        assertThat(asynchronous)
                .contains(
                        "DeadlineCheckFunction",
                        "WeeklyTeamSummaryFunction",
                        "QuarterlyReportFunction",
                        "MailEventsFunction");
        for (String id : asynchronous) {
            Map<String, Object> onFailure =
                    map(map(map(functions.get(id).properties().get("EventInvokeConfig"))
                                    .get("DestinationConfig"))
                            .get("OnFailure"));
            assertThat(onFailure).as(id).containsEntry("Type", "SQS").containsEntry("Destination", FAILED_QUEUE);
            assertThat(policiesOf(id)).as(id).contains(Map.of("Ref", "FailedInvocationsPolicy"));
        }

        String schedulerRole =
                JSON.valueToTree(resources.get("SchedulerRole").properties()).toString();
        for (String id : List.of("DeadlineCheckFunction", "WeeklyTeamSummaryFunction", "QuarterlyReportFunction")) {
            assertThat(schedulerRole).as("the schedules may invoke %s", id).contains("\"" + id + "\"");
        }

        Map<String, Object> queue = resources.get("FailedInvocationsQueue").properties();
        assertThat(queue.get("KmsMasterKeyId")).isEqualTo(Map.of("Ref", "ComplaintsKey"));
        assertThat(queue.get("MessageRetentionPeriod")).isEqualTo(14 * 24 * 3600);
    }

    @Test
    void everyFunctionLogsToItsOwnEncryptedLogGroupWithRetention() {
        Set<Object> groups = new LinkedHashSet<>();
        functions.forEach((id, function) -> {
            Object group = map(map(function.properties()).get("LoggingConfig")).get("LogGroup");
            assertThat(group).as(id).isInstanceOf(Map.class);
            groups.add(group);
        });
        assertThat(groups).hasSameSizeAs(functions.keySet());
        List<Resource> logGroups =
                new ArrayList<>(template.resourcesOfType("AWS::Logs::LogGroup").values());
        assertThat(logGroups).hasSizeGreaterThan(functions.size()).allSatisfy(group -> {
            assertThat(group.properties().get("RetentionInDays")).isEqualTo(Map.of("Ref", "LogRetentionDays"));
            assertThat(group.properties().get("KmsKeyId"))
                    .isEqualTo(Map.of("Fn::GetAtt", List.of("ComplaintsKey", "Arn")));
        });
        assertThat(JSON.valueToTree(resources.get("ComplaintsKey").properties()).toString())
                .contains("logs.${AWS::Region}.amazonaws.com");
        assertThat(map(globals().get("LoggingConfig")).get("LogFormat")).isEqualTo("JSON");
    }

    /** SES may be used only as the sender, through the configuration set: no {@code ses:*} on {@code *}. */
    @Test
    void emailGoesOnlyFromTheSenderThroughTheConfigurationSet() {
        assertThat(globalEnvironment().get("SES_CONFIGURATION_SET")).isEqualTo(Map.of("Ref", "MailConfigurationSet"));
        List<Map<String, Object>> statements = new ArrayList<>();
        functions.keySet().forEach(id -> statements.addAll(inlineStatements(id)));
        template.resourcesOfType("AWS::IAM::ManagedPolicy")
                .values()
                .forEach(policy -> statements.addAll(listOfMaps(
                        map(policy.properties().get("PolicyDocument")).get("Statement"))));
        assertThat(statements)
                .filteredOn(s -> String.valueOf(s.get("Action")).contains("ses:"))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.get("Resource")).isNotEqualTo("*"));

        String sending =
                JSON.valueToTree(resources.get("SendMailPolicy").properties()).toString();
        assertThat(sending).contains("identity/${SenderEmail}", "configuration-set/${MailConfigurationSet}");
        // The web functions answer without sending: what a request owes goes out through the relay (decision 035).
        List<String> web = List.of("SubmitComplaintFunction", "CaseWorkflowFunction");
        functions.keySet().forEach(id -> {
            if (web.contains(id)) {
                assertThat(policiesOf(id)).as(id).doesNotContain(Map.of("Ref", "SendMailPolicy"));
                assertThat(inlineStatements(id))
                        .as(id)
                        .noneMatch(st -> String.valueOf(st.get("Action")).contains("events:PutEvents"));
            } else {
                assertThat(policiesOf(id)).as(id).contains(Map.of("Ref", "SendMailPolicy"));
            }
        });

        Map<String, Object> destination =
                map(resources.get("MailEventsToEventBridge").properties().get("EventDestination"));
        assertThat(list(destination.get("MatchingEventTypes")))
                .contains("send", "bounce", "complaint", "reject", "delivery");
        assertThat(String.valueOf(
                        map(map(destination.get("EventBridgeDestination")).get("EventBusArn"))
                                .get("Fn::Sub")))
                .endsWith(":event-bus/default");
    }

    /**
     * SnapStart priming reads one item and, where the function sends, one SES template before the snapshot
     * ({@link SnapStartPriming}); a role without those permissions would fail priming silently and pay for it on the
     * first request.
     */
    @Test
    void primingNeverNeedsAPermissionTheFunctionsRoleLacks() {
        assertThat(map(globals().get("SnapStart")).get("ApplyOn")).isEqualTo("PublishedVersions");
        for (String id : functions.keySet()) {
            List<Map<String, Object>> statements = new ArrayList<>(inlineStatements(id));
            for (Object policy : policiesOf(id)) {
                if (policy instanceof Map<?, ?> ref && ref.get("Ref") instanceof String name) {
                    statements.addAll(
                            listOfMaps(map(resources.get(name).properties().get("PolicyDocument"))
                                    .get("Statement")));
                }
            }
            assertThat(statements).as("%s may read the priming item", id).anySatisfy(s -> {
                assertThat(actions(s)).contains("dynamodb:GetItem");
                assertThat(s.get("Resource")).isEqualTo(Map.of("Fn::GetAtt", List.of("ComplaintsTable", "Arn")));
                Object keys = map(map(s.get("Condition")).get("ForAllValues:StringEquals"))
                        .get("dynamodb:LeadingKeys");
                assertThat(s.get("Condition") == null || list(keys).contains(SnapStartPriming.PRIMING_KEY))
                        .isTrue();
            });
            if (List.of("SubmitComplaintFunction", "CaseWorkflowFunction").contains(id)) {
                continue; // the web functions never send (decision 035), so build no SES client to prime
            }
            assertThat(statements).as("%s may ask for the priming template", id).anySatisfy(s -> {
                assertThat(actions(s)).contains("ses:GetEmailTemplate");
                assertThat(String.valueOf(s.get("Resource"))).contains(":template/*");
            });
        }
    }

    @Test
    void dataAndSignInAreProtectedAsASecurityReviewExpects() {
        Map<String, Object> table = resources.get("ComplaintsTable").properties();
        assertThat(table.get("DeletionProtectionEnabled")).isEqualTo(true);
        assertThat(map(table.get("PointInTimeRecoverySpecification")).get("PointInTimeRecoveryEnabled"))
                .isEqualTo(true);

        Map<String, Object> pool = resources.get("StaffUserPool").properties();
        assertThat(pool.get("DeletionProtection")).isEqualTo("ACTIVE");
        assertThat(pool.get("MfaConfiguration")).isEqualTo("ON");
        assertThat(list(pool.get("EnabledMfas"))).containsExactly("SOFTWARE_TOKEN_MFA");
        assertThat(map(pool.get("UserPoolAddOns")).get("AdvancedSecurityMode"))
                .isEqualTo(Map.of("Ref", "StaffThreatProtection"));
        assertThat(map(pool.get("AdminCreateUserConfig"))).doesNotContainKey("UnusedAccountValidityDays");

        Map<String, Object> archive = resources.get("ComplaintsBusArchive").properties();
        assertThat(archive.get("SourceArn")).isEqualTo(Map.of("Fn::GetAtt", List.of("ComplaintsBus", "Arn")));
        assertThat(list(globals().get("Architectures"))).containsExactly("arm64");
    }

    /** Secure by default: a new route is behind the staff authorizer unless it says otherwise. */
    @Test
    void theApiIsClosedByDefaultThrottledAndLogsNothingPersonal() throws IOException {
        Map<String, Object> api = resources.get("ComplaintsApi").properties();
        assertThat(map(api.get("Auth")).get("DefaultAuthorizer")).isEqualTo("StaffJwt");
        Map<String, Object> submit = map(map(api.get("RouteSettings")).get("POST /complaints"));
        assertThat(submit)
                .containsEntry("ThrottlingRateLimit", Map.of("Ref", "PublicSubmitRateLimit"))
                .containsEntry("ThrottlingBurstLimit", Map.of("Ref", "PublicSubmitBurstLimit"));
        assertThat(map(template.parameters().get("PublicSubmitRateLimit")).get("Default"))
                .isEqualTo(20);
        assertThat(map(template.parameters().get("PublicSubmitBurstLimit")).get("Default"))
                .isEqualTo(40);
        assertThat(map(api.get("DefaultRouteSettings"))).containsKeys("ThrottlingRateLimit", "ThrottlingBurstLimit");

        String format = String.valueOf(map(api.get("AccessLogSettings")).get("Format"));
        JsonNode line = JSON.readTree(format);
        assertThat(line.has("routeKey")).isTrue();
        assertThat(line.has("status")).isTrue();
        assertThat(format).doesNotContain("$context.identity", "$context.path", "$request", "querystring");
    }

    /** The staff function finds the web client's id at first use: no reference back to the client (no cycle). */
    @Test
    void theStaffFunctionReadsTheWebClientIdFromParameterStore() {
        Map<String, Object> environment =
                map(map(functions.get("CaseWorkflowFunction").properties().get("Environment"))
                        .get("Variables"));
        assertThat(JSON.valueToTree(functions.get("CaseWorkflowFunction").properties())
                        .toString())
                .doesNotContain("\"StaffWebClient\"");
        Object parameterName =
                resources.get("StaffWebClientIdParameter").properties().get("Name");
        assertThat(environment.get("STAFF_WEB_CLIENT_ID_PARAMETER")).isEqualTo(parameterName);
        assertThat(resources.get("StaffWebClientIdParameter").properties().get("Value"))
                .isEqualTo(Map.of("Ref", "StaffWebClient"));
        assertThat(inlineStatements("CaseWorkflowFunction")).anySatisfy(s -> {
            assertThat(actions(s)).containsExactly("ssm:GetParameter");
            assertThat(String.valueOf(s.get("Resource")))
                    .endsWith(":parameter" + String.valueOf(map(parameterName).get("Fn::Sub")) + "}");
        });
    }

    @Test
    void theDashboardIsValidJsonAndShowsWhatTheOperationsTeamWatches() throws IOException {
        Object body = resources.get("OperationsDashboard").properties().get("DashboardBody");
        String text = String.valueOf(list(map(body).get("Fn::Sub")).get(0));
        // CloudFormation fills the ${...} placeholders; any value keeps the JSON's shape.
        JsonNode dashboard = JSON.readTree(text.replaceAll("\\$\\{[^}]+}", "x"));
        assertThat(dashboard.get("widgets").size()).isGreaterThanOrEqualTo(8);
        String all = dashboard.toString();
        assertThat(all)
                .contains(
                        "ComplaintsReceived",
                        "RemindersSent",
                        "ChasersSent",
                        "Stage2EntitlementsFlagged",
                        "OverdueComplaints",
                        "OwedNotifications",
                        "OldestOwedNotificationMinutes",
                        "SweepSucceeded",
                        "Duration",
                        "platform.report",
                        "ReportsSent");
    }

    /** SES's events reach the bounce handler through its rule on the default bus; deliveries do not wake it. */
    @Test
    void theSesEventsRuleTakesBouncesAndComplaintsButNotDeliveries() throws Exception {
        Map<String, Object> rule =
                map(map(map(functions.get("MailEventsFunction").properties().get("Events"))
                                .get("SesDeliveryProblems"))
                        .get("Properties"));
        assertThat(rule).doesNotContainKey("EventBusName");
        software.amazon.event.ruler.Machine machine = new software.amazon.event.ruler.Machine();
        machine.addRule("ses", JSON.writeValueAsString(rule.get("Pattern")));
        java.nio.file.Path events = SamTemplate.repositoryRoot().resolve("events");
        for (String fixture : List.of("ses-email-bounced.json", "ses-email-complaint.json", "ses-email-sent.json")) {
            assertThat(machine.rulesForJSONEvent(Files.readString(events.resolve(fixture))))
                    .as(fixture)
                    .containsExactly("ses");
        }
        assertThat(machine.rulesForJSONEvent(Files.readString(events.resolve("ses-email-delivered.json"))))
                .isEmpty();
    }

    /**
     * The mail-events function updates only complaints, acknowledgement counts and send marks (decision 025: SES's
     * "Email Sent" marks a report's or summary's DELIVERY# item), never a reference counter or anything else.
     */
    @Test
    void theMailEventsFunctionUpdatesOnlyComplaintsCountsAndSendMarks() {
        assertThat(inlineStatements("MailEventsFunction"))
                .filteredOn(s -> actions(s).contains("dynamodb:UpdateItem"))
                .singleElement()
                .satisfies(s -> assertThat(list(map(map(s.get("Condition")).get("ForAllValues:StringLike"))
                                .get("dynamodb:LeadingKeys")))
                        .containsExactlyInAnyOrder("COMPLAINT#*", "LIMIT#*", "DELIVERY#*"));
    }

    /** The alarms and the dashboard read only metrics the code publishes, by the names it publishes them under. */
    @Test
    void everyServiceMetricTheTemplateReadsIsOneTheCodePublishes() throws IllegalAccessException {
        Set<String> published = new LinkedHashSet<>();
        for (java.lang.reflect.Field field : BusinessMetrics.class.getFields()) {
            if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                published.add((String) field.get(null));
            }
        }
        Object namespace = globalEnvironment().get("METRICS_NAMESPACE");
        List<Object> read = new ArrayList<>();
        alarms().stream().filter(a -> namespace.equals(a.get("Namespace"))).forEach(a -> read.add(a.get("MetricName")));
        Object body = resources.get("OperationsDashboard").properties().get("DashboardBody");
        Matcher dashboard = Pattern.compile("\\[\"\\$\\{Namespace}\", \"([A-Za-z0-9]+)\"")
                .matcher(String.valueOf(list(map(body).get("Fn::Sub")).get(0)));
        while (dashboard.find()) {
            read.add(dashboard.group(1));
        }
        assertThat(read)
                .hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(name -> assertThat(published).contains(String.valueOf(name)));
        assertThat(resources.get("SweepDidNotSucceedAlarm").properties().get("MetricName"))
                .isEqualTo(BusinessMetrics.SWEEP_SUCCEEDED);
    }

    // ---- reading the template

    private List<Map<String, Object>> alarms() {
        return template.resourcesOfType("AWS::CloudWatch::Alarm").values().stream()
                .map(Resource::properties)
                .toList();
    }

    private Map<String, Object> globals() {
        return map(template.globals().get("Function"));
    }

    private Map<String, Object> globalEnvironment() {
        return map(map(globals().get("Environment")).get("Variables"));
    }

    private Map<String, Object> scheduleOf(String function) {
        return map(map(map(functions.get(function).properties().get("Events")).values().stream()
                        .filter(e -> "ScheduleV2".equals(map(e).get("Type")))
                        .findFirst()
                        .orElseThrow())
                .get("Properties"));
    }

    private List<Object> policiesOf(String function) {
        return list(functions.get(function).properties().get("Policies"));
    }

    private List<Map<String, Object>> inlineStatements(String function) {
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Object policy : policiesOf(function)) {
            statements.addAll(listOfMaps(map(policy).get("Statement")));
        }
        return statements;
    }

    private static List<String> actions(Map<String, Object> statement) {
        Object action = statement.get("Action");
        return action instanceof List<?> many
                ? many.stream().map(String::valueOf).toList()
                : List.of(String.valueOf(action));
    }

    private static long number(Object value) {
        return Long.parseLong(String.valueOf(value));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }

    private static List<Map<String, Object>> listOfMaps(Object value) {
        return list(value).stream().map(OperableTemplateTest::map).toList();
    }
}
