package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.local.standins.LocalStandIns;
import uk.childrenscomplaints.local.standins.SamTemplate;
import uk.childrenscomplaints.local.standins.TemplateTables;

/**
 * Every shaded jar template.yaml deploys, slimmed as decision 037 says, still runs as Lambda runs it: in a class
 * loader of its own, its event from events/ read by the Lambda runtime's own serializer (aws-lambda-java-serialization,
 * as the runtime picks it: {@code LambdaEventSerializers} for an aws-lambda-java-events type, its relocated Jackson
 * for our own types), its handler built with no arguments and invoked once against dynalite, the SES emulator and the
 * local bus. The runtime's event serializer loads joda-time through the function's class loader, so the two HTTP jars
 * keep it; the others do without.
 */
class ShadedJarsIT {
    private static final Path ROOT = SamTemplate.repositoryRoot();
    private static final String TABLE = "complaints-shaded-jars";
    /** The function's event, from events/. */
    private static final Map<String, String> EVENTS = Map.of(
            "SubmitComplaintFunction", "submit-complaint-json-post.json",
            "CaseWorkflowFunction", "case-workflow-list.json",
            "DeadlineCheckFunction", "deadline-check-scheduled.json",
            "WeeklyTeamSummaryFunction", "weekly-team-summary.json",
            "RetentionFunction", "retention.json",
            "QuarterlyReportFunction", "quarterly-report-scheduled.json",
            "MailEventsFunction", "ses-email-delivered.json",
            "OutboxRelayFunction", "outbox-relay-stream.json");
    /** The functions whose handler takes an aws-lambda-java-events type, so whose jar keeps joda-time. */
    private static final List<String> TAKE_LAMBDA_EVENTS = List.of("SubmitComplaintFunction", "CaseWorkflowFunction");

    private static LocalStandIns standIns;
    private static LocalEventBus bus;

    @BeforeAll
    static void start() {
        SamTemplate template = SamTemplate.locate();
        standIns = LocalStandIns.start();
        bus = LocalEventBus.start(template);
        TemplateTables.from(template).createTable(standIns.dynamoDb(), TABLE);
    }

    @AfterAll
    static void stop() {
        if (bus != null) {
            bus.close();
        }
        if (standIns != null) {
            standIns.close();
        }
    }

    @Test
    void eachFunctionsJarReadsItsEventAndAnswersItAsLambdaRunsIt() throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        try (AutoCloseable settings = settings()) {
            for (LambdaFunction function : TemplateFunctions.from(SamTemplate.locate())) {
                assertThat(EVENTS)
                        .as("ShadedJarsIT.EVENTS names an event from events/ for each function in template.yaml")
                        .containsKey(function.logicalId());
                answers.put(function.logicalId(), run(function));
            }
        }
        System.out.println("shaded jars answered: " + answers);
        assertThat(answers.keySet()).containsAll(EVENTS.keySet());
        assertThat(answers)
                .as("each function's answer")
                .allSatisfy((id, answer) -> assertThat(answer).startsWith("answered"));
    }

    private String run(LambdaFunction function) throws Exception {
        Path jar = ROOT.resolve(function.codeUri());
        assertThat(jar)
                .as("%s CodeUri (run mvn package first)", function.logicalId())
                .isRegularFile();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            assertThat(loader.getResource("org/joda/time/DateTime.class") != null)
                    .as("%s's jar holds joda-time", function.logicalId())
                    .isEqualTo(TAKE_LAMBDA_EVENTS.contains(function.logicalId()));
            // Settings are properties files and no function uses Micronaut's HTTP client (decision 043).
            assertThat(loader.getResource("org/yaml/snakeyaml/Yaml.class"))
                    .as("%s's jar holds SnakeYAML", function.logicalId())
                    .isNull();
            assertThat(loader.getResource("io/micronaut/http/client/HttpClient.class"))
                    .as("%s's jar holds Micronaut's HTTP client", function.logicalId())
                    .isNull();
            if (function.logicalId().equals("SubmitComplaintFunction")) {
                // Its pages are compiled into Java at build time (decision 044): no template engine, no expression
                // language and no entity tables in the jar, only jte's small runtime and the pages themselves.
                for (String engine : List.of(
                        "org/thymeleaf/TemplateEngine.class",
                        "ognl/Ognl.class",
                        "org/unbescape/html/HtmlEscape.class",
                        "org/attoparser/MarkupParser.class",
                        "gg/jte/compiler/TemplateCompiler.class")) {
                    assertThat(loader.getResource(engine))
                            .as("%s's jar holds %s", function.logicalId(), engine)
                            .isNull();
                }
                assertThat(loader.getResource(
                                "uk/childrenscomplaints/submission/pages/JtecomplaintformGenerated.class"))
                        .as("the compiled form page")
                        .isNotNull();
                // It never sends an email or publishes an event (the relay does): no SES or EventBridge SDK (045).
                for (String client : List.of(
                        "software/amazon/awssdk/services/sesv2/SesV2Client.class",
                        "software/amazon/awssdk/services/eventbridge/EventBridgeClient.class")) {
                    assertThat(loader.getResource(client))
                            .as("%s's jar holds %s", function.logicalId(), client)
                            .isNull();
                }
                // Micronaut's beans for what the function never does are left out (decision 045), their classes kept.
                for (String definition : List.of(
                        "io.micronaut.crac.resources.redis.$RedisCacheResource$Definition",
                        "io.micronaut.web.router.version.$RouteVersionFilter$Definition",
                        "io.micronaut.scheduling.processor.$ScheduledMethodProcessor$Definition",
                        "io.micronaut.function.aws.proxy.payload1.$ApiGatewayProxyEventHandler$Definition",
                        "io.micronaut.views.model.security.$CsrfViewModelProcessor$Definition")) {
                    assertThat(loader.getResource(
                                    "META-INF/micronaut/io.micronaut.inject.BeanDefinitionReference/" + definition))
                            .as("%s's jar registers %s", function.logicalId(), definition)
                            .isNull();
                    assertThat(loader.getResource(definition.replace('.', '/') + ".class"))
                            .as("the class of %s stays", definition)
                            .isNotNull();
                }
                assertThat(loader.getResource("META-INF/micronaut/io.micronaut.inject.BeanDefinitionReference/"
                                + "io.micronaut.crac.resources.$RefreshEventResource$Definition"))
                        .as("the CRaC resource that refreshes configuration after a restore stays")
                        .isNotNull();
            }
            Class<?> handlerType = Class.forName(function.handlerClass(), true, loader);
            Class<?> inputType = inputType(handlerType);
            Method handle = handleRequest(handlerType, inputType, loader);
            Object input = read(inputType, EVENTS.get(function.logicalId()), loader);
            Object handler = handlerType.getConstructor().newInstance();
            try {
                Object output = handle.invoke(handler, input, lambdaContext(loader));
                return "answered " + describe(output);
            } finally {
                ((AutoCloseable) handler).close();
            }
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** The handler's most specific {@code handleRequest(I, Context)} taking the input type. */
    private static Method handleRequest(Class<?> handlerType, Class<?> input, ClassLoader loader) throws Exception {
        Class<?> context = loader.loadClass("com.amazonaws.services.lambda.runtime.Context");
        Method best = null;
        for (Method m : handlerType.getMethods()) {
            if (m.getName().equals("handleRequest")
                    && m.getParameterCount() == 2
                    && m.getParameterTypes()[1] == context
                    && m.getParameterTypes()[0].isAssignableFrom(input)
                    && (best == null || best.getParameterTypes()[0].isAssignableFrom(m.getParameterTypes()[0]))) {
                best = m;
            }
        }
        if (best == null) {
            throw new IllegalStateException(handlerType + " has no handleRequest(" + input + ", Context)");
        }
        return best;
    }

    /** {@code I} of the handler's {@code RequestHandler<I, O>} (or Micronaut's handler base), as the runtime reads it. */
    private static Class<?> inputType(Class<?> handlerType) {
        for (Class<?> c = handlerType; c != null; c = c.getSuperclass()) {
            for (java.lang.reflect.Type t : c.getGenericInterfaces()) {
                if (t instanceof java.lang.reflect.ParameterizedType p
                        && p.getRawType()
                                .getTypeName()
                                .equals("com.amazonaws.services.lambda.runtime.RequestHandler")) {
                    return raw(p.getActualTypeArguments()[0]);
                }
            }
            if (c.getGenericSuperclass() instanceof java.lang.reflect.ParameterizedType p
                    && p.getRawType().getTypeName().equals("io.micronaut.function.aws.MicronautRequestHandler")) {
                return raw(p.getActualTypeArguments()[0]);
            }
        }
        throw new IllegalStateException(handlerType + " is no RequestHandler");
    }

    private static Class<?> raw(java.lang.reflect.Type type) {
        return type instanceof java.lang.reflect.ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    /** As the runtime reads an event: its own serializer for an aws-lambda-java-events type, else its own Jackson. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object read(Class<?> type, String event, ClassLoader loader) throws Exception {
        String json = Files.readString(ROOT.resolve("events").resolve(event))
                .replace(
                        "c6a0f4de-1b7e-4a53-8d0e-3f4b2a9c1d22",
                        UUID.randomUUID().toString());
        PojoSerializer serializer = LambdaEventSerializers.isLambdaSupportedEvent(type.getName())
                ? LambdaEventSerializers.serializerFor(type, loader)
                : JacksonFactory.getInstance().getSerializer((Class) type);
        return serializer.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** The jar's own {@code Context} interface, answering what a test needs: an id, a name and time left. */
    private static Object lambdaContext(ClassLoader loader) throws Exception {
        Class<?> context = loader.loadClass("com.amazonaws.services.lambda.runtime.Context");
        return Proxy.newProxyInstance(
                loader, new Class<?>[] {context}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAwsRequestId" -> UUID.randomUUID().toString();
                    case "getFunctionName" -> "shaded-jar-test";
                    case "getRemainingTimeInMillis" -> 300_000;
                    case "getMemoryLimitInMB" -> 1024;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "ShadedJarsIT context";
                    default -> null;
                });
    }

    /** An HTTP answer's status, or the scheduled function's result as its record's text. */
    private static String describe(Object output) throws Exception {
        if (output == null) {
            return "null";
        }
        try {
            int status = (Integer) output.getClass().getMethod("getStatusCode").invoke(output);
            assertThat(status).as("an HTTP function's answer").isBetween(200, 499);
            return "status " + status;
        } catch (NoSuchMethodException e) {
            return output.toString();
        }
    }

    /** The environment the template gives, pointed at the stand-ins, as system properties (restored after). */
    private static AutoCloseable settings() {
        Map<String, String> given = new LinkedHashMap<>(Map.of(
                "aws.region", "eu-west-2",
                "aws.accessKeyId", "local",
                "aws.secretAccessKey", "local",
                "TABLE_NAME", TABLE,
                "EVENT_BUS_NAME", "complaints-local",
                "SENDER_EMAIL", "complaints@council.example",
                "COMPLAINTS_TEAM_EMAIL", "complaints-team@council.example"));
        given.put(
                "aws.services.dynamodb.endpoint-override",
                standIns.dynamoEndpoint().toString());
        given.put("aws.services.sesv2.endpoint-override", standIns.sesEndpoint().toString());
        given.put("aws.services.eventbridge.endpoint-override", bus.endpoint().toString());
        Map<String, String> before = new LinkedHashMap<>();
        given.forEach((k, v) -> before.put(k, System.getProperty(k)));
        given.forEach(System::setProperty);
        return () -> before.forEach((k, v) -> {
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
    }
}
