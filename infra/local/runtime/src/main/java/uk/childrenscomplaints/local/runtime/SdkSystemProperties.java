package uk.childrenscomplaints.local.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SDK reads each standard environment variable also as a system property ({@code AWS_ENDPOINT_URL_DYNAMODB}
 * as {@code aws.endpointUrlDynamoDb}), which a running JVM can set. Micronaut's
 * {@code aws.services.<service>.endpoint-override} is set as well, for factories that pass it to the builder.
 */
final class SdkSystemProperties {

    private static final Map<String, String> SDK = Map.of(
            "AWS_REGION", "aws.region",
            "AWS_ACCESS_KEY_ID", "aws.accessKeyId",
            "AWS_SECRET_ACCESS_KEY", "aws.secretAccessKey",
            "AWS_ENDPOINT_URL_DYNAMODB", "aws.endpointUrlDynamoDb",
            "AWS_ENDPOINT_URL_SESV2", "aws.endpointUrlSesV2",
            "AWS_ENDPOINT_URL_EVENTBRIDGE", "aws.endpointUrlEventBridge");

    private static final Map<String, String> MICRONAUT = Map.of(
            "AWS_ENDPOINT_URL_DYNAMODB", "aws.services.dynamodb.endpoint-override",
            "AWS_ENDPOINT_URL_SESV2", "aws.services.sesv2.endpoint-override",
            "AWS_ENDPOINT_URL_EVENTBRIDGE", "aws.services.eventbridge.endpoint-override");

    private SdkSystemProperties() {}

    /** The system properties equivalent to these environment variables; names it does not know are left out. */
    static Map<String, String> from(Map<String, String> environment) {
        Map<String, String> properties = new LinkedHashMap<>();
        environment.forEach((name, value) -> {
            if (SDK.containsKey(name)) {
                properties.put(SDK.get(name), value);
            }
            if (MICRONAUT.containsKey(name)) {
                properties.put(MICRONAUT.get(name), value);
            }
        });
        return properties;
    }
}
