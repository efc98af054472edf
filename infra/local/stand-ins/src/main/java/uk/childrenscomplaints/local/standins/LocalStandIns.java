package uk.childrenscomplaints.local.standins;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * dynalite and aws-ses-v2-local, started as child processes on free ports from {@code infra/local}.
 * Nothing is persisted: both keep their data in memory and lose it on {@link #close()}.
 */
public final class LocalStandIns implements AutoCloseable {

    public static final Region REGION = Region.EU_WEST_2;

    private final StandInProcess dynalite;
    private final StandInProcess ses;
    private final Thread shutdownHook;
    private DynamoDbClient dynamoDb;
    private boolean closed;

    private LocalStandIns(StandInProcess dynalite, StandInProcess ses) {
        this.dynalite = dynalite;
        this.ses = ses;
        // A test run killed mid-way must not leave node servers holding ports behind it.
        this.shutdownHook = new Thread(this::stopProcesses, "local-stand-ins-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts both stand-ins; logs go to {@code target/stand-ins} under the working directory. */
    public static LocalStandIns start() {
        Path infraLocal = SamTemplate.repositoryRoot().resolve("infra").resolve("local");
        Path bin = infraLocal.resolve("node_modules").resolve(".bin");
        if (!Files.isDirectory(infraLocal.resolve("node_modules"))) {
            throw new IllegalStateException(infraLocal.resolve("node_modules") + " is missing: run the build "
                    + "(mvn -B -pl infra/local/stand-ins generate-resources, or any mvn verify; it runs npm ci)");
        }
        Path logs = Path.of("").toAbsolutePath().resolve("target").resolve("stand-ins");
        StandInProcess dynalite = StandInProcess.start("dynalite", infraLocal, bin.resolve("dynalite"), logs);
        try {
            StandInProcess ses =
                    StandInProcess.start("aws-ses-v2-local", infraLocal, bin.resolve("aws-ses-v2-local"), logs);
            return new LocalStandIns(dynalite, ses);
        } catch (RuntimeException e) {
            dynalite.close();
            throw e;
        }
    }

    /** dynalite's process, for fault tests: pause, resume, kill, restart. */
    public StandInProcess dynalite() {
        return dynalite;
    }

    /** The SES emulator's process, for fault tests. */
    public StandInProcess sesEmulator() {
        return ses;
    }

    public URI dynamoEndpoint() {
        return dynalite.endpoint();
    }

    public URI sesEndpoint() {
        return ses.endpoint();
    }

    /** Dummy keys: the stand-ins ignore them, but the SDK refuses to sign without some. */
    public static AwsCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
    }

    /** Preconfigured, for callers who need to add their own settings. */
    public DynamoDbClientBuilder dynamoDbBuilder() {
        return DynamoDbClient.builder()
                .endpointOverride(dynamoEndpoint())
                .region(REGION)
                .credentialsProvider(credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder());
    }

    /** One client shared by every caller, closed with the stand-ins. */
    public synchronized DynamoDbClient dynamoDb() {
        if (dynamoDb == null) {
            dynamoDb = dynamoDbBuilder().build();
        }
        return dynamoDb;
    }

    public SesMailbox mailbox() {
        return new SesMailbox(sesEndpoint());
    }

    /**
     * The standard SDK settings that point unchanged code at the stand-ins, for a process started by us
     * (the local runtime) rather than configured in code.
     */
    public Map<String, String> environment() {
        return Map.of(
                "AWS_REGION", REGION.id(),
                "AWS_ACCESS_KEY_ID", "local",
                "AWS_SECRET_ACCESS_KEY", "local",
                "AWS_ENDPOINT_URL_DYNAMODB", dynamoEndpoint().toString(),
                "AWS_ENDPOINT_URL_SESV2", sesEndpoint().toString(),
                "AWS_ENDPOINT_URL_SES", sesEndpoint().toString());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        if (dynamoDb != null) {
            dynamoDb.close();
        }
        stopProcesses();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or about to; it stops the same processes, harmlessly.
        }
        closed = true;
    }

    private void stopProcesses() {
        ses.close();
        dynalite.close();
    }
}
