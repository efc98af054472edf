package uk.childrenscomplaints.complaint.infrastructure;

import java.time.Duration;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * The one place that knows how long any call to AWS may take (decision 017). Without these the SDK waits as long as
 * the service stalls: a stalled DynamoDB or SES held requests for the whole outage, past API Gateway's 30 s. Every
 * client the code builds goes through {@link #applyTo}.
 *
 * <p>The worst case for one call is {@link #API_CALL} (5 s): at most {@link #MAX_ATTEMPTS} attempts of at most
 * {@link #ATTEMPT} each, cut off at 5 s however the back-off falls. A public submission with SES stalled makes two
 * sends (acknowledgement and team notice), each failing after 5 s and staying owed, so it answers within about 11 s;
 * with DynamoDB stalled its first read fails and it answers 503 after about 5 s. Both are well inside the 30 s of
 * API Gateway and of the HTTP functions' own timeout.
 */
public final class SdkTimeouts {
    /** Establishing a connection; an AWS endpoint in the same region answers in milliseconds. */
    public static final Duration CONNECT = Duration.ofSeconds(1);
    /** Silence on an open connection before it is given up. */
    public static final Duration SOCKET = Duration.ofSeconds(2);
    /** One HTTP attempt, from sending the request to reading the whole answer. */
    public static final Duration ATTEMPT = Duration.ofSeconds(2);
    /** First try plus two retries (the SDK's own default for DynamoDB is nine attempts). */
    public static final int MAX_ATTEMPTS = 3;
    /** The whole call, every attempt and back-off included. */
    public static final Duration API_CALL = Duration.ofSeconds(5);
    /**
     * An email send is made once per call: SES takes no idempotency key, and a send that timed out may still have
     * been received, so an SDK retry can deliver it twice or three times (ReportFaultsIT saw three copies of a report
     * with three attempts). The outbox and send leases are the retry (decision 015).
     */
    public static final int SEND_ATTEMPTS = 1;
    /** The one attempt of a send: longer than {@link #ATTEMPT}, since a report with its CSV files is a large body. */
    public static final Duration SEND_ATTEMPT = Duration.ofSeconds(4);

    private SdkTimeouts() {}

    /** The url-connection client with the connection and socket timeouts. */
    public static UrlConnectionHttpClient.Builder httpClient() {
        return UrlConnectionHttpClient.builder().connectionTimeout(CONNECT).socketTimeout(SOCKET);
    }

    /** The call and attempt timeouts and the retry limit, for any client's override configuration. */
    public static ClientOverrideConfiguration.Builder overrides(ClientOverrideConfiguration.Builder builder) {
        return builder.apiCallTimeout(API_CALL)
                .apiCallAttemptTimeout(ATTEMPT)
                .retryStrategy(b -> b.maxAttempts(MAX_ATTEMPTS));
    }

    /** For the SES client: one attempt of {@link #SEND_ATTEMPT}, within the same call timeout. */
    public static ClientOverrideConfiguration.Builder sendOverrides(ClientOverrideConfiguration.Builder builder) {
        return builder.apiCallTimeout(API_CALL)
                .apiCallAttemptTimeout(SEND_ATTEMPT)
                .retryStrategy(b -> b.maxAttempts(SEND_ATTEMPTS));
    }

    /** Both, on a synchronous client's builder. */
    public static <B extends AwsSyncClientBuilder<B, ?> & AwsClientBuilder<B, ?>> B applyTo(B builder) {
        builder.httpClientBuilder(httpClient());
        builder.overrideConfiguration(o -> overrides(o));
        return builder;
    }

    /**
     * The longest one call can take: every attempt timing out, capped by the call timeout. What a function's own
     * timeout must leave room for, once per call it makes in a row against a stalled service.
     */
    public static Duration worstCall() {
        Duration attempts = ATTEMPT.multipliedBy(MAX_ATTEMPTS);
        return attempts.compareTo(API_CALL) < 0 ? attempts : API_CALL;
    }
}
