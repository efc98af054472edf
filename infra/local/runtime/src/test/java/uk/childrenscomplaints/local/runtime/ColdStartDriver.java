package uk.childrenscomplaints.local.runtime;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs in a fresh JVM on a function's shaded jar (what Lambda runs), and times what a cold start costs: reading the
 * event, building the template's handler class, then answering it. Everything after {@code main} starts is timed,
 * the event's JSON reading included (Lambda's runtime reads it too), so no library is loaded before the clock runs.
 * The event's text has already been made a new complaint's by {@link ColdStartIT} (a fresh key and address), so the
 * POST stores and owes what a complainant's does, not a replay. Prints one line a reader can grep; no event content.
 * Uses only the JDK and classes the shaded jar carries.
 */
public final class ColdStartDriver {
    private ColdStartDriver() {}

    /** @param args the handler class named in template.yaml, then the event file */
    public static void main(String[] args) throws Exception {
        long mainStarted = System.nanoTime();
        String text = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        APIGatewayV2HTTPEvent event = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(text, APIGatewayV2HTTPEvent.class);
        long constructStarted = System.nanoTime();
        @SuppressWarnings("unchecked")
        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> function =
                (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>)
                        Class.forName(args[0]).getConstructor().newInstance();
        long constructed = System.nanoTime();
        APIGatewayV2HTTPResponse response = function.handleRequest(event, new DriverContext());
        long answered = System.nanoTime();
        long jvmToAnswer = System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf(
                "COLD-START status=%d event_ms=%d construct_ms=%d first_request_ms=%d construct_plus_first_ms=%d"
                        + " main_to_answer_ms=%d jvm_start_to_answer_ms=%d classes_loaded=%d%n",
                response.getStatusCode(),
                ms(constructStarted - mainStarted),
                ms(constructed - constructStarted),
                ms(answered - constructed),
                ms(answered - constructStarted),
                ms(answered - mainStarted),
                jvmToAnswer,
                ManagementFactory.getClassLoadingMXBean().getLoadedClassCount());
        if (function instanceof AutoCloseable closeable) {
            closeable.close();
        }
        System.exit(0);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /** The runtime's own context class is not in the shaded jar, so the driver carries a minimal one. */
    private static final class DriverContext implements Context {
        public String getAwsRequestId() {
            return "cold-start";
        }

        public String getLogGroupName() {
            return "/aws/lambda/cold-start";
        }

        public String getLogStreamName() {
            return "cold-start";
        }

        public String getFunctionName() {
            return "cold-start";
        }

        public String getFunctionVersion() {
            return "$LATEST";
        }

        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:eu-west-2:000000000000:function:cold-start";
        }

        public CognitoIdentity getIdentity() {
            return null;
        }

        public ClientContext getClientContext() {
            return null;
        }

        public int getRemainingTimeInMillis() {
            return 30_000;
        }

        public int getMemoryLimitInMB() {
            return 1024;
        }

        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                public void log(String message) {
                    System.err.print(message);
                }

                public void log(byte[] message) {
                    System.err.write(message, 0, message.length);
                }
            };
        }
    }
}
