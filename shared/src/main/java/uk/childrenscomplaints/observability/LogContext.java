package uk.childrenscomplaints.observability;

import com.amazonaws.services.lambda.runtime.Context;
import org.slf4j.MDC;

/**
 * What every log line may carry besides its message: the invocation's request id and function name, and the
 * complaint's id and reference where a request is about one complaint. Ids only, never a person's details. The names
 * are the ones shared's JsonLineEncoder lets through to the JSON line; anything else put in the MDC is left out.
 */
public final class LogContext {
    public static final String AWS_REQUEST_ID = "awsRequestId";
    public static final String FUNCTION_NAME = "functionName";
    public static final String COMPLAINT_ID = "complaintId";
    public static final String REFERENCE = "reference";

    private LogContext() {}

    /** A fresh context for one invocation: nothing from the one before survives. */
    public static void invocation(Context context, String fallbackFunctionName) {
        MDC.clear();
        String requestId = context == null ? null : context.getAwsRequestId();
        String functionName = context == null ? null : context.getFunctionName();
        put(AWS_REQUEST_ID, requestId);
        put(FUNCTION_NAME, functionName == null || functionName.isBlank() ? fallbackFunctionName : functionName);
    }

    /** The complaint this request is about, from here on. */
    public static void complaint(Object id, Object reference) {
        put(COMPLAINT_ID, id == null ? null : id.toString());
        put(REFERENCE, reference == null ? null : reference.toString());
    }

    public static void clear() {
        MDC.clear();
    }

    private static void put(String key, String value) {
        if (value == null || value.isBlank()) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
