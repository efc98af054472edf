package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.local.standins.SamTemplate;

/**
 * Logging is configured in code and written by our own encoder (decision 041): no function jar carries Jackson
 * databind, logstash-logback-encoder or a logback.xml, and building the submission handler as Lambda builds it loads
 * none of logback's XML configurator. An IT because the jars exist only after {@code package}.
 */
class LogsWithoutXmlOrDatabindJarIT {
    @Test
    void noFunctionJarCarriesDatabindLogstashOrALogbackFile() throws Exception {
        List<Path> jars;
        try (Stream<Path> modules = Files.list(SamTemplate.repositoryRoot().resolve("functions"))) {
            jars = modules.flatMap(LogsWithoutXmlOrDatabindJarIT::lambdaJars).toList();
        }
        assertThat(jars).as("the functions' jars (run mvn package first)").hasSizeGreaterThan(3);
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                List<String> names = zip.stream().map(ZipEntry::getName).toList();
                assertThat(names)
                        .as(jar.getFileName().toString())
                        .noneMatch(n -> n.startsWith("com/fasterxml/jackson/databind/"))
                        .noneMatch(n -> n.startsWith("net/logstash/"))
                        .doesNotContain("logback.xml", "logback-test.xml")
                        .contains("META-INF/services/ch.qos.logback.classic.spi.Configurator");
            }
        }
    }

    @Test
    void buildingTheSubmissionHandlerConfiguresLoggingInCodeWithoutTheXmlConfigurator() throws Exception {
        try (SubmissionJarInItsOwnLoader jar = new SubmissionJarInItsOwnLoader()) {
            int refused = jar.request("POST", "/complaints", "application/json", "{}");

            assertThat(refused).isEqualTo(400);
            assertThat(jar.hasLoaded("uk.childrenscomplaints.observability.JsonLineEncoder"))
                    .as("our encoder")
                    .isTrue();
            assertThat(jar.hasLoaded("ch.qos.logback.classic.joran.JoranConfigurator"))
                    .as("logback's XML configurator")
                    .isFalse();
            assertThat(jar.hasLoaded("ch.qos.logback.classic.util.DefaultJoranConfigurator"))
                    .isFalse();
        }
    }

    private static Stream<Path> lambdaJars(Path module) {
        Path target = module.resolve("target");
        if (!Files.isDirectory(target)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-lambda.jar")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
