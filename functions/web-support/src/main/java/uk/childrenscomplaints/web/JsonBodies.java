package uk.childrenscomplaints.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.micronaut.jackson.core.tree.JsonNodeTreeCodec;
import io.micronaut.json.tree.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON request bodies read, and the API's own answers written, with jackson-core and Micronaut's tree codec alone
 * (decision 045). Micronaut serde's mapper did both before: reading one body into a tree started serde's whole
 * registry (some 110 classes), and writing a two-field record built a serializer by introspection, with the JDK
 * making proxies for its annotations; both on the public API's first request. The tree is the same {@link JsonNode}
 * the mapper made, so {@link JsonFields} reads it as before.
 *
 * <p>Reading is strict as {@link StrictJson} makes the mapper: a field given twice is refused, naming it
 * ({@link StrictJson#duplicateField}), and so is anything after the one value.
 */
public final class JsonBodies {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonBodies() {}

    /**
     * The one JSON value the body holds; {@code null} for an empty body.
     *
     * @throws IOException when the body is not one JSON value (a field given twice among the reasons)
     */
    public static JsonNode read(byte[] body) throws IOException {
        if (body == null || body.length == 0) {
            return null;
        }
        try (JsonParser parser = FACTORY.createParser(body)) {
            if (parser.nextToken() == null) {
                return null;
            }
            JsonNode root = JsonNodeTreeCodec.getInstance().readTree(parser);
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "More than one JSON value in the body");
            }
            return root;
        }
    }

    /** What one JSON document writes. */
    @FunctionalInterface
    public interface Writing {
        void write(JsonGenerator json) throws IOException;
    }

    /** The UTF-8 bytes of the document {@code writing} writes. */
    public static byte[] write(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            writing.write(json);
        } catch (IOException e) {
            // Into memory: nothing to fail but a bug in the writing.
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
