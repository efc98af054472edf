package uk.childrenscomplaints.local.standins;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The repository's {@code template.yaml}, read once so local runs and tests build what AWS builds. */
public final class SamTemplate {

    public static final String FILE_NAME = "template.yaml";

    private final Map<String, Object> document;

    private SamTemplate(Map<String, Object> document) {
        this.document = document;
    }

    /** Finds the repository's template from any module's working directory. */
    public static SamTemplate locate() {
        return load(repositoryRoot().resolve(FILE_NAME));
    }

    public static SamTemplate load(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> document = new Yaml(new CloudFormationConstructor(new LoaderOptions())).load(reader);
            return new SamTemplate(document);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The nearest folder above the working directory holding both {@code template.yaml} and {@code pom.xml}. */
    public static Path repositoryRoot() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(FILE_NAME)) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No " + FILE_NAME + " with a pom.xml beside it above " + start);
    }

    public Map<String, Resource> resources() {
        Map<String, Resource> resources = new LinkedHashMap<>();
        section("Resources").forEach((name, body) -> resources.put(name, Resource.of(name, asMap(body))));
        return resources;
    }

    public Resource resource(String name) {
        Resource resource = resources().get(name);
        if (resource == null) {
            throw new IllegalArgumentException("No resource " + name + " in " + FILE_NAME);
        }
        return resource;
    }

    public Map<String, Resource> resourcesOfType(String type) {
        Map<String, Resource> matching = new LinkedHashMap<>();
        resources().forEach((name, resource) -> {
            if (resource.type().equals(type)) {
                matching.put(name, resource);
            }
        });
        return matching;
    }

    public Map<String, Object> globals() {
        return section("Globals");
    }

    public Map<String, Object> parameters() {
        return section("Parameters");
    }

    public Map<String, Object> outputs() {
        return section("Outputs");
    }

    public Map<String, Object> section(String name) {
        Object section = document.get(name);
        return section == null ? Map.of() : asMap(section);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("Expected a mapping in " + FILE_NAME + ", got: " + value);
    }

    /** One entry under {@code Resources}; attributes such as DeletionPolicy stay in {@code definition}. */
    public record Resource(String name, String type, Map<String, Object> properties, Map<String, Object> definition) {

        static Resource of(String name, Map<String, Object> definition) {
            Object properties = definition.get("Properties");
            return new Resource(
                    name,
                    String.valueOf(definition.get("Type")),
                    properties == null ? Map.of() : asMap(properties),
                    definition);
        }
    }
}
