package uk.childrenscomplaints.complaint.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

/**
 * A secret read from Secrets Manager once, on first use, then kept for the life of the container. Lazy so that a
 * SnapStart snapshot never holds it and a request that needs no signing never waits for it.
 */
final class SecretsManagerSecret implements Supplier<byte[]> {
    private final Supplier<SecretsManagerClient> client;
    private final String secretId;
    private volatile byte[] value;

    SecretsManagerSecret(Supplier<SecretsManagerClient> client, String secretId) {
        this.client = client;
        this.secretId = secretId;
    }

    @Override
    public byte[] get() {
        byte[] v = value;
        if (v == null) {
            synchronized (this) {
                if (value == null) {
                    GetSecretValueResponse r = client.get().getSecretValue(b -> b.secretId(secretId));
                    String text = r.secretString();
                    byte[] bytes = text != null
                            ? text.getBytes(StandardCharsets.UTF_8)
                            : r.secretBinary().asByteArray();
                    if (bytes.length < 32) {
                        throw new IllegalStateException("the status-link secret is shorter than 32 bytes");
                    }
                    value = bytes;
                }
                v = value;
            }
        }
        return v.clone();
    }
}
