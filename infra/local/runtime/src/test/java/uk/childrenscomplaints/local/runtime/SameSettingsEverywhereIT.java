package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.local.standins.SamTemplate;

/**
 * Every function reads the same complaints settings from the same environment: each function's shaded jar (the one
 * template.yaml deploys) is started through its handler in a class loader of its own, as Lambda would start it, and
 * the {@code ComplaintsConfiguration} it binds is compared. An IT because the jars exist only after {@code package}.
 * Environment variables are given as system properties of the same names, as the local runtime gives them
 * ({@link SystemPropertyEnvironment}).
 */
class SameSettingsEverywhereIT {
    private final SamTemplate template = SamTemplate.locate();
    private final Path root = SamTemplate.repositoryRoot();
    private final List<LambdaFunction> functions = TemplateFunctions.from(template);

    @Test
    void everyFunctionBindsTheSameSettingsFromTheSameEnvironment() throws Exception {
        Map<String, String> env = new LinkedHashMap<>(Map.of(
                "TABLE_NAME",
                "complaints-test",
                "EVENT_BUS_NAME",
                "bus-test",
                "SENDER_EMAIL",
                "from@council.test",
                "COMPLAINTS_TEAM_EMAIL",
                "team@council.test",
                "COUNCIL_PROFILE",
                "example-borough",
                "TEAM_MANAGERS",
                "CIN=n@council.test",
                "COMPLAINTS_MANAGER_EMAIL",
                "manager@council.test",
                "REMINDER_WORKING_DAYS",
                "4",
                "METRICS_NAMESPACE",
                "ChildrensComplaints/test"));
        env.put("PUBLIC_BASE_URL", "https://complaints.council.test");
        env.put("SES_CONFIGURATION_SET", "complaints-test");

        Map<String, String> bound = boundByEachFunction(env);

        assertThat(bound.keySet())
                .contains(
                        "SubmitComplaintFunction",
                        "CaseWorkflowFunction",
                        "MailEventsFunction",
                        "DeadlineCheckFunction",
                        "WeeklyTeamSummaryFunction",
                        "RetentionFunction",
                        "QuarterlyReportFunction",
                        "OutboxRelayFunction")
                .hasSize(8);
        assertThat(bound.values())
                .as("ComplaintsConfiguration bound by each function: %s", bound)
                .containsOnly(bound.values().iterator().next());
        assertThat(bound.values().iterator().next())
                .contains("tableName=complaints-test")
                .contains("councilName=Northmere Borough Council")
                .contains("teams=[CIN=Children in need, CP=Child protection, CIC=Children in care, CL=Care leavers,"
                        + " FOST=Fostering]")
                .contains("CIN=n@council.test")
                .contains("CIC=children-in-care.manager@northmere.example")
                .contains("complaintsManagerEmail=Optional[manager@council.test]")
                .contains("reminderWorkingDays=4");
    }

    @Test
    void withNothingSetEveryFunctionIsTheSampleCouncil() throws Exception {
        Map<String, String> bound = boundByEachFunction(Map.of());

        assertThat(bound.values())
                .as("ComplaintsConfiguration bound by each function: %s", bound)
                .containsOnly(bound.values().iterator().next());
        assertThat(bound.values().iterator().next())
                .contains("councilName=Cambridgeshire County Council")
                .contains("teams=[SCC=Children's social care: South Cambridgeshire and Cambridge City,");
    }

    /** Function logical id → its ComplaintsConfiguration as text. */
    private Map<String, String> boundByEachFunction(Map<String, String> env) throws Exception {
        Map<String, String> given = new LinkedHashMap<>(env);
        // The SDK clients are built with the context; they need a region, never a call.
        given.putIfAbsent("aws.region", "eu-west-2");
        Map<String, String> before = new LinkedHashMap<>();
        given.forEach((k, v) -> before.put(k, System.getProperty(k)));
        Map<String, String> bound = new LinkedHashMap<>();
        try {
            given.forEach(System::setProperty);
            URL probe = ConfigurationProbe.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation();
            for (LambdaFunction function : functions) {
                Path jar = root.resolve(function.codeUri());
                assertThat(jar)
                        .as("%s CodeUri (run mvn package first)", function.logicalId())
                        .isRegularFile();
                ClassLoader previous = Thread.currentThread().getContextClassLoader();
                try (URLClassLoader loader = new URLClassLoader(
                        new URL[] {jar.toUri().toURL(), probe}, ClassLoader.getPlatformClassLoader())) {
                    Thread.currentThread().setContextClassLoader(loader);
                    Object text = loader.loadClass(ConfigurationProbe.class.getName())
                            .getMethod("bound", String.class)
                            .invoke(null, function.handlerClass());
                    bound.put(function.logicalId(), (String) text);
                } finally {
                    Thread.currentThread().setContextClassLoader(previous);
                }
            }
        } finally {
            before.forEach((k, v) -> {
                if (v == null) {
                    System.clearProperty(k);
                } else {
                    System.setProperty(k, v);
                }
            });
        }
        return bound;
    }
}
