package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The runtime's whole approach to environment variables rests on this Micronaut behaviour. */
class SystemPropertyPlaceholderTest {

    @AfterEach
    void forget() {
        System.clearProperty("LOCAL_RUNTIME_PROBE_NAME");
    }

    @Test
    void aPlaceholderNamingAnEnvironmentVariableIsFilledFromASystemPropertyOfTheSameName() {
        new SystemPropertyEnvironment().apply("ProbeFunction", Map.of("LOCAL_RUNTIME_PROBE_NAME", "complaints-local"));

        try (ApplicationContext context =
                ApplicationContext.run(Map.of("complaints.table-name", "${LOCAL_RUNTIME_PROBE_NAME}"))) {
            assertThat(context.getProperty("complaints.table-name", String.class))
                    .contains("complaints-local");
        }
    }
}
