package uk.childrenscomplaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing but a council's profile names a council: the main code, resources, views and email wording of every
 * module, and template.yaml, are scanned for the sample council's name, its places and its internal team codes.
 */
class NothingCouncilSpecificTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** The sample council's name and places, and its team codes as whole words (SCC, not "success"). */
    private static final Pattern SAMPLE_COUNCIL = Pattern.compile(
            "Cambridgeshire|Cambridge|Huntingdon|Fenland|Shire Hall|NYAS|Youth Advocacy|\\b(SCC|ECF|EDT|LAC)\\b|Kinship|Standards Unit");

    @Test
    void noMainSourceResourceViewEmailOrTheTemplateNamesTheSampleCouncil() throws IOException {
        List<Path> scanned = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT.resolve("functions"))) {
            modules.map(m -> m.resolve("src/main")).forEach(scanned::add);
        }
        scanned.add(ROOT.resolve("shared/src/main"));
        scanned.add(ROOT.resolve("template.yaml"));

        List<String> found = new ArrayList<>();
        for (Path place : scanned) {
            if (!Files.exists(place)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(place)) {
                files.filter(Files::isRegularFile)
                        .filter(f -> f.toString().matches(".*\\.(java|html|txt|yml|yaml|properties|xml|js|css|json)$"))
                        .filter(f -> !f.toString().contains("bank-holidays"))
                        .forEach(f -> lines(f).forEach(line -> {
                            if (SAMPLE_COUNCIL.matcher(line).find()) {
                                found.add(ROOT.relativize(f) + ": " + line.strip());
                            }
                        }));
            }
        }
        assertThat(scanned).anyMatch(p -> p.endsWith("functions/submit-complaint/src/main"));
        assertThat(found).as("council-specific text outside config/").isEmpty();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
