package uk.childrenscomplaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

class SecretsManagerSecretTest {
    private static final String ARN = "arn:aws:secretsmanager:eu-west-2:000000000000:secret:status-link";

    static SecretsManagerClient answering(String value, AtomicInteger calls) {
        return new SecretsManagerClient() {
            @Override
            public GetSecretValueResponse getSecretValue(GetSecretValueRequest request) {
                calls.incrementAndGet();
                assertThat(request.secretId()).isEqualTo(ARN);
                return GetSecretValueResponse.builder().secretString(value).build();
            }

            @Override
            public String serviceName() {
                return "secretsmanager";
            }

            @Override
            public void close() {}
        };
    }

    @Test
    void theSecretIsFetchedOnFirstUseOnlyAndKeptForTheContainer() {
        AtomicInteger calls = new AtomicInteger();
        String value = "k".repeat(64);
        SecretsManagerSecret secret = new SecretsManagerSecret(() -> answering(value, calls), ARN);

        assertThat(calls).hasValue(0);
        assertThat(secret.get()).isEqualTo(value.getBytes(StandardCharsets.UTF_8));
        assertThat(secret.get()).isEqualTo(value.getBytes(StandardCharsets.UTF_8));
        assertThat(calls).hasValue(1);
    }

    @Test
    void aSecretShorterThan32BytesIsRefused() {
        SecretsManagerSecret secret = new SecretsManagerSecret(() -> answering("short", new AtomicInteger()), ARN);

        assertThatThrownBy(secret::get)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
    }
}
