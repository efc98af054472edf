package uk.childrenscomplaints.observability;

import com.amazonaws.services.lambda.runtime.Context;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.function.aws.DefaultDiagnosticInfoPopulator;
import io.micronaut.function.aws.DiagnosticInfoPopulator;
import jakarta.inject.Singleton;

/**
 * Micronaut calls this with the Lambda Context at the start of every invocation, HTTP (APIGatewayV2HTTPEventFunction)
 * and scheduled (MicronautRequestHandler) alike. Micronaut's own populator puts {@code AWSRequestId} and five other
 * keys and never clears them; this one starts each invocation afresh with {@code awsRequestId} and
 * {@code functionName}. When there is no name in the Context, Lambda's {@code AWS_LAMBDA_FUNCTION_NAME} (which
 * Micronaut reads as {@code aws.lambda.function.name}), then the application's name.
 */
@Singleton
@Replaces(DefaultDiagnosticInfoPopulator.class)
public class LambdaLogContext implements DiagnosticInfoPopulator {
    private final String fallbackFunctionName;

    public LambdaLogContext(@Value("${aws.lambda.function.name:${micronaut.application.name:}}") String fallbackName) {
        this.fallbackFunctionName = fallbackName;
    }

    @Override
    public void populateMappingDiagnosticContextValues(Context context) {
        LogContext.invocation(context, fallbackFunctionName);
    }

    @Override
    public void populateMappingDiagnosticContextWithXrayTraceId() {
        // Not logged: the request id already ties a line to its invocation.
    }
}
