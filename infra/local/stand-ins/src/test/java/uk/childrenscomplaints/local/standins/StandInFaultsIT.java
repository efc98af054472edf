package uk.childrenscomplaints.local.standins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The fault controls fault tests use: a paused stand-in holds its data and answers nothing (a call times out), a
 * resumed one answers again with its data, a killed one refuses connections, and a restarted one answers on the same
 * port, empty.
 */
@ExtendWith(LocalAwsExtension.class)
class StandInFaultsIT {
    private static final Map<String, AttributeValue> KEY =
            Map.of("pk", AttributeValue.fromS("C#1"), "sk", AttributeValue.fromS("META"));

    private final LocalAws aws;

    StandInFaultsIT(LocalAws aws) {
        this.aws = aws;
    }

    @Test
    void aPausedDynaliteTimesACallOutAndKeepsItsDataForWhenItIsResumed() {
        StandInProcess dynalite = aws.standIns().dynalite();
        String table = aws.createFreshTable();
        aws.dynamoDb().putItem(r -> r.tableName(table).item(KEY));
        try (DynamoDbClient impatient = aws.standIns()
                .dynamoDbBuilder()
                .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(1)))
                .build()) {
            dynalite.pause();
            long started = System.nanoTime();
            try {
                assertThatThrownBy(
                                () -> impatient.getItem(r -> r.tableName(table).key(KEY)))
                        .isInstanceOf(ApiCallTimeoutException.class);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            } finally {
                dynalite.resume();
            }
            assertThat(impatient.getItem(r -> r.tableName(table).key(KEY)).hasItem())
                    .isTrue();
        }
    }

    @Test
    void aKilledDynaliteRefusesConnectionsAndComesBackEmptyOnTheSamePort() {
        StandInProcess dynalite = aws.standIns().dynalite();
        String table = aws.createFreshTable();
        aws.dynamoDb().putItem(r -> r.tableName(table).item(KEY));
        var endpoint = dynalite.endpoint();

        dynalite.kill();
        try {
            assertThatThrownBy(
                            () -> aws.dynamoDb().getItem(r -> r.tableName(table).key(KEY)))
                    .isInstanceOf(SdkClientException.class)
                    .hasRootCauseInstanceOf(ConnectException.class);
        } finally {
            dynalite.restart();
        }

        assertThat(dynalite.endpoint()).isEqualTo(endpoint);
        aws.recreateTable(aws.tableName());
        aws.recreateTable(table);
        assertThat(aws.dynamoDb().getItem(r -> r.tableName(table).key(KEY)).hasItem())
                .isFalse();
    }

    @Test
    void aPausedSesEmulatorAnswersNothingUntilResumed() {
        StandInProcess ses = aws.standIns().sesEmulator();
        ses.pause();
        try {
            assertThatThrownBy(() -> {
                        var c = (java.net.HttpURLConnection)
                                ses.endpoint().toURL().openConnection();
                        c.setConnectTimeout(1000);
                        c.setReadTimeout(1000);
                        c.getResponseCode();
                    })
                    .isInstanceOf(SocketTimeoutException.class);
        } finally {
            ses.resume();
        }
        assertThat(aws.mailbox().emails()).isEmpty();
    }
}
