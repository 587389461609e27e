package org.warta.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates real responses against {@code /openapi.json}: the operation is found by method and path template, the
 * response by status, and the body must satisfy that response's JSON Schema (2020-12) with every {@code $ref}
 * resolved inside the document. Remembers which (operation, status) pairs were checked.
 */
final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode doc;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    final Set<String> checked = new HashSet<>();

    OpenApiContract(byte[] openapi) {
        try {
            doc = JSON.readTree(openapi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode document() {
        return doc;
    }

    /** The path template of the document that matches a concrete path. */
    String template(String path) {
        String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        for (Iterator<String> it = doc.path("paths").fieldNames(); it.hasNext(); ) {
            String t = it.next();
            Pattern re = Pattern.compile("^" + t.replaceAll("\\{[^/]+}", "[^/]+") + "$");
            if (re.matcher(p).matches()) {
                return t;
            }
        }
        throw new AssertionError("no path of openapi.json matches " + p);
    }

    /** Asserts that the response is documented and its body valid against the documented schema. */
    void check(String method, String path, int status, String body) {
        String t = template(path);
        JsonNode op = doc.path("paths").path(t).path(method.toLowerCase());
        assertThat(op.isMissingNode()).as("%s %s is documented", method, t).isFalse();
        JsonNode resp = op.path("responses").path(String.valueOf(status));
        assertThat(resp.isMissingNode()).as("status %d of %s %s is documented", status, method, t).isFalse();
        JsonNode schemaRef = resp.path("content").path("application/json").path("schema");
        if (schemaRef.isMissingNode()) {
            checked.add(method + " " + t + " " + status);
            return;
        }
        ObjectNode root = doc.deepCopy();
        root.remove(List.of("paths", "info", "servers", "openapi", "jsonSchemaDialect"));
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.setAll((ObjectNode) schemaRef.deepCopy());
        JsonSchema schema = factory.getSchema(root);
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " answered invalid JSON: " + body, e);
        }
        Set<ValidationMessage> errors = schema.validate(instance);
        assertThat(errors).as("%s %s (%d) against openapi.json: %s", method, path, status,
                body.length() > 500 ? body.substring(0, 500) : body).isEmpty();
        checked.add(method + " " + t + " " + status);
    }
}
