package uk.childrenscomplaints.local.standins;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Every SDK client built in a test JVM gets this interceptor (the SDK's global {@code execution.interceptors} file in
 * this jar, which no function's own jar carries). It does nothing until a test asks, through {@link #during}, for the
 * AWS operations some work makes, as IAM would name them, so they can be checked against the template's policies.
 */
public final class AwsCallRecorder implements ExecutionInterceptor {

    /**
     * One call as IAM sees it: {@code dynamodb:GetItem}, on an index or the table (null), with the partition key
     * value a {@code dynamodb:LeadingKeys} condition would test (null when the call names none).
     */
    public record AwsCall(String action, String index, String leadingKey) {
        @Override
        public String toString() {
            return action + (index == null ? "" : " on " + index) + (leadingKey == null ? "" : " key " + leadingKey);
        }
    }

    private static final Map<String, String> IAM_PREFIX = Map.of(
            "dynamodb", "dynamodb",
            "sesv2", "ses",
            "ses", "ses",
            "eventbridge", "events",
            "secretsmanager", "secretsmanager",
            "ssm", "ssm");
    private static final Object ONE_AT_A_TIME = new Object();
    private static final List<AwsCall> CALLS = new ArrayList<>();
    private static volatile boolean recording;

    /** The calls any client in this JVM made while {@code work} ran, in order. */
    public static List<AwsCall> during(Runnable work) {
        synchronized (ONE_AT_A_TIME) {
            synchronized (CALLS) {
                CALLS.clear();
            }
            recording = true;
            try {
                work.run();
            } finally {
                recording = false;
            }
            synchronized (CALLS) {
                return List.copyOf(CALLS);
            }
        }
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (!recording) {
            return;
        }
        String service = String.valueOf(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME))
                .toLowerCase(Locale.ROOT);
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        SdkRequest request = context.request();
        AwsCall call = new AwsCall(
                IAM_PREFIX.getOrDefault(service, service) + ":" + operation, index(request), leadingKey(request));
        synchronized (CALLS) {
            CALLS.add(call);
        }
    }

    private static String index(SdkRequest request) {
        if (request instanceof QueryRequest query) {
            return query.indexName();
        }
        if (request instanceof ScanRequest scan) {
            return scan.indexName();
        }
        return null;
    }

    private static String leadingKey(SdkRequest request) {
        Map<String, AttributeValue> key = null;
        if (request instanceof GetItemRequest get) {
            key = get.key();
        } else if (request instanceof PutItemRequest put) {
            key = put.item();
        } else if (request instanceof UpdateItemRequest update) {
            key = update.key();
        } else if (request instanceof DeleteItemRequest delete) {
            key = delete.key();
        }
        AttributeValue pk = key == null ? null : key.get("pk");
        return pk == null ? null : pk.s();
    }
}
