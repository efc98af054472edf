package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.infrastructure.ComplaintsSettings;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.local.standins.SamTemplate;
import uk.childrenscomplaints.local.standins.TemplateTables;

/**
 * template.yaml against the code it deploys. An IT although it starts nothing: it opens the shaded jars, which
 * exist only after {@code package}.
 */
class TemplateIT {

    // Placeholders without a default: ${TABLE_NAME} must be set, ${BANK_HOLIDAYS_URL:} may be left out.
    private static final Pattern REQUIRED_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

    private final SamTemplate template = SamTemplate.locate();
    private final Path root = SamTemplate.repositoryRoot();
    private final List<LambdaFunction> functions = TemplateFunctions.from(template);

    @Test
    void everyFunctionsHandlerIsAClassInsideTheJarAtItsCodeUri() throws IOException {
        assertThat(functions).isNotEmpty();
        for (LambdaFunction function : functions) {
            Path jar = root.resolve(function.codeUri());
            assertThat(jar)
                    .as("%s CodeUri (run mvn package first)", function.logicalId())
                    .isRegularFile();
            try (JarFile file = new JarFile(jar.toFile())) {
                String entry = function.handlerClass().replace('.', '/') + ".class";
                assertThat(file.getEntry(entry))
                        .as("%s: %s in %s", function.logicalId(), entry, jar)
                        .isNotNull();
            }
        }
    }

    @Test
    void everyVariableAFunctionsConfigurationReadsIsSetForThatFunction() throws IOException {
        for (LambdaFunction function : functions) {
            Set<String> read = new LinkedHashSet<>();
            for (Path file : configurationFiles(function)) {
                Matcher matcher = REQUIRED_PLACEHOLDER.matcher(Files.readString(file));
                while (matcher.find()) {
                    read.add(matcher.group(1));
                }
            }
            assertThat(configurationFiles(function))
                    .as("%s reads shared's settings", function.logicalId())
                    .anyMatch(f -> f.endsWith(ComplaintsSettings.FILE));
            assertThat(function.environment().keySet())
                    .as("%s's environment in template.yaml (Globals and its own)", function.logicalId())
                    .containsAll(read);
        }
    }

    /**
     * Every staff route is behind StaffJwt, except the staff pages (/staff and /staff/pages/...), whose session is a
     * cookie the authorizer cannot read: those go only to the function that verifies the session itself
     * (StaffPagesIT and StaffPagesBrowserIT show a page without a valid session never shows data). A staff route is any
     * /staff path, and any route of a function that serves one: the staff function's /stats lies outside /staff and
     * must be guarded all the same.
     */
    @Test
    void everyStaffRouteIsBehindTheJwtAuthorizerOrIsAPageWhoseHandlerVerifiesTheSession() {
        List<HttpRoute> routes =
                functions.stream().flatMap(f -> f.routes().stream()).toList();
        Set<String> staffFunctions = new LinkedHashSet<>();
        routes.stream().filter(r -> r.path().startsWith("/staff")).forEach(r -> staffFunctions.add(r.functionId()));
        List<HttpRoute> staff = routes.stream()
                .filter(r -> r.path().startsWith("/staff") || staffFunctions.contains(r.functionId()))
                .toList();

        assertThat(staff)
                .extracting(HttpRoute::routeKey)
                .contains(
                        "GET /staff/complaints",
                        "GET /stats",
                        "PUT /staff/caseloads/{financialYear}/{quarter}",
                        "POST /staff/imports",
                        "GET /staff/pages/{proxy+}");
        assertThat(staff)
                .filteredOn(r -> !isPage(r))
                .allSatisfy(r -> assertThat(r.authorizer()).as(r.routeKey()).isEqualTo("StaffJwt"));
        assertThat(staff).filteredOn(this::isPage).isNotEmpty().allSatisfy(r -> {
            assertThat(r.needsAuthorization())
                    .as("%s: a page's session is a cookie", r.routeKey())
                    .isFalse();
            assertThat(r.functionId())
                    .as("%s: only the case workflow verifies page sessions", r.routeKey())
                    .isEqualTo("CaseWorkflowFunction");
        });
        assertThat(routes)
                .filteredOn(r -> !staff.contains(r))
                .isNotEmpty()
                .allSatisfy(
                        r -> assertThat(r.needsAuthorization()).as(r.routeKey()).isFalse());
    }

    private boolean isPage(HttpRoute r) {
        return r.path().equals("/staff") || r.path().startsWith("/staff/pages/");
    }

    @Test
    void everyIndexTheRepositoryQueriesIsOnTheTable() throws IllegalAccessException {
        List<String> queried = new ArrayList<>();
        for (Field field : DynamoDbComplaints.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())
                    && field.getType() == String.class
                    && field.getName().endsWith("_INDEX")) {
                queried.add((String) field.get(null));
            }
        }
        List<String> onTable = TemplateTables.from(template).createTableRequest("any").globalSecondaryIndexes().stream()
                .map(index -> index.indexName())
                .toList();

        assertThat(queried).isNotEmpty();
        assertThat(onTable).containsAll(queried);
    }

    @Test
    void everyFunctionsEnvironmentResolvesLocally() {
        TemplateValues values = TemplateValues.of(
                template,
                Map.of(
                        "ComplaintsTable",
                        "t",
                        "ComplaintsBus",
                        "b",
                        "StatusLinkSecret",
                        "arn",
                        "StaffUserPool",
                        "pool",
                        "StaffSignInDomain",
                        "prefix",
                        "MailConfigurationSet",
                        "complaints-test"),
                Map.of(
                        "SenderEmail",
                        "s@example.gov.uk",
                        "ComplaintsTeamEmail",
                        "c@example.gov.uk",
                        "CouncilProfile",
                        "example-borough"));
        for (LambdaFunction function : functions) {
            assertThat(values.resolveAll(function.logicalId(), function.environment()))
                    .doesNotContainValue(null);
        }
    }

    /**
     * The function module's own application.properties, and shared's complaints.properties, which ComplaintsSettings
     * loads into every function's context (and shared's application.properties, should it ever ship one): the code
     * reads them all.
     */
    private List<Path> configurationFiles(LambdaFunction function) {
        String codeUri = function.codeUri();
        int target = codeUri.indexOf("/target/");
        Path module = root.resolve(target < 0 ? codeUri : codeUri.substring(0, target));
        List<Path> files = new ArrayList<>();
        for (Path candidate : List.of(
                module.resolve("src/main/resources/application.properties"),
                root.resolve("shared/src/main/resources/" + ComplaintsSettings.FILE),
                root.resolve("shared/src/main/resources/application.properties"))) {
            if (Files.isRegularFile(candidate)) {
                files.add(candidate);
            }
        }
        return files;
    }
}
