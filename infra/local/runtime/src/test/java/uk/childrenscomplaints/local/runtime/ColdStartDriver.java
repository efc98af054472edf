package uk.childrenscomplaints.local.runtime;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs in a fresh JVM on the function's shaded jar (what Lambda runs), and times what a cold start costs: building
 * the handler, then answering one event. Prints one line a reader can grep; no event content is printed.
 * Uses only the JDK and classes the shaded jar carries.
 */
public final class ColdStartDriver {
    private ColdStartDriver() {}

    public static void main(String[] args) throws Exception {
        long mainStarted = System.nanoTime();
        APIGatewayV2HTTPEvent event = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(Files.readAllBytes(Path.of(args[0])), APIGatewayV2HTTPEvent.class);
        long constructStarted = System.nanoTime();
        APIGatewayV2HTTPEventFunction function = new APIGatewayV2HTTPEventFunction();
        long constructed = System.nanoTime();
        APIGatewayV2HTTPResponse response = function.handleRequest(event, new DriverContext());
        long answered = System.nanoTime();
        long jvmToAnswer = System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf(
                "COLD-START status=%d construct_ms=%d first_request_ms=%d construct_plus_first_ms=%d"
                        + " main_to_answer_ms=%d jvm_start_to_answer_ms=%d%n",
                response.getStatusCode(),
                ms(constructed - constructStarted),
                ms(answered - constructed),
                ms(answered - constructStarted),
                ms(answered - mainStarted),
                jvmToAnswer);
        function.close();
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
            return "/aws/lambda/submit-complaint-cold-start";
        }

        public String getLogStreamName() {
            return "cold-start";
        }

        public String getFunctionName() {
            return "submit-complaint";
        }

        public String getFunctionVersion() {
            return "$LATEST";
        }

        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:eu-west-2:000000000000:function:submit-complaint";
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
