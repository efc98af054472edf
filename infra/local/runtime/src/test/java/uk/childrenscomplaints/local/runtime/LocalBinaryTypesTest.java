package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** On the runtime's one classpath, every function's binary answers stay binary, not only the first function's. */
class LocalBinaryTypesTest {

    @Test
    void caseWorkflowsPdfLettersAndTheFormsPngLogosAndFontsAreAllSentBase64Encoded() {
        assertThat(LocalBinaryTypes.all()).contains("application/pdf", "image/png", "font/woff2", "font/woff");
    }
}
