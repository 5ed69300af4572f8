package dev.feedpipe.testing.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** An OpenAPI 3.1 document as far as the contract check reads it: operations, parameters, bodies, responses. */
public final class OpenApiDocument {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private final JsonNode root;

    public OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    /** One operation: a method on a path, with its parameters and request body resolved. */
    public record Operation(
            String method, String path, List<JsonNode> parameters, JsonNode requestBody, JsonNode responses) {

        public String name() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        root.get("paths")
                .properties()
                .forEach(path -> METHODS.forEach(method -> {
                    JsonNode operation = path.getValue().get(method);
                    if (operation != null) {
                        List<JsonNode> parameters = new ArrayList<>();
                        operation.path("parameters").forEach(parameter -> parameters.add(resolve(parameter)));
                        JsonNode body = operation.has("requestBody") ? resolve(operation.get("requestBody")) : null;
                        operations.add(
                                new Operation(method, path.getKey(), parameters, body, operation.get("responses")));
                    }
                }));
        return operations;
    }

    /** The response the operation declares for a status, resolved, if it declares one. */
    public Optional<JsonNode> response(Operation operation, int status) {
        JsonNode response = operation.responses().get(Integer.toString(status));
        if (response == null) {
            response = operation.responses().get("default");
        }
        return Optional.ofNullable(response).map(this::resolve);
    }

    /** Follows a {@code $ref} within the document. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; current.has("$ref") && depth < 16; depth++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#")) {
                throw new IllegalArgumentException("only references within the document are read: " + ref);
            }
            current = root.at(ref.substring(1));
            if (current.isMissingNode()) {
                throw new IllegalArgumentException("the document has nothing at " + ref);
            }
        }
        return current;
    }

    /** A schema to validate with: the given one, with the document's components beside it for its references. */
    public JsonNode standalone(JsonNode schema) {
        ObjectNode copy = schema.deepCopy();
        if (root.has("components")) {
            copy.set("components", root.get("components"));
        }
        return copy;
    }
}
