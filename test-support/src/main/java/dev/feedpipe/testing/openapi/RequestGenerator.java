package dev.feedpipe.testing.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.feedpipe.testing.openapi.OpenApiDocument.Operation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Draws requests for an operation from its declaration: parameters and bodies mostly shaped like the
 * schema says, often a little wrong (a wrong type, a missing required field, a value out of range,
 * malformed JSON), with strings from a pool of the inputs that break services (control characters,
 * unpaired surrogates, bidirectional overrides, query syntax, markup, path separators, long text).
 * The same seed draws the same requests.
 */
final class RequestGenerator {

    /** A drawn request; {@code query} is already encoded. */
    record Request(
            String method, String path, String query, Map<String, String> headers, String contentType, String body) {

        String describe() {
            return method + " " + path + (query.isEmpty() ? "" : "?" + query)
                    + (contentType == null ? "" : " [" + contentType + "] ")
                    + (body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }

    private static final List<String> HOSTILE = List.of(
            "",
            " ",
            "a\u0000b",
            "\u000b\u000c",
            "x\ud800",
            "\udc00",
            "report\u202efdp.exe",
            "\u2066iso\u2069",
            "😀🚀",
            "中文 标题",
            "שלום",
            "a/b",
            "..",
            "%2F",
            "a b",
            "?x=1#y",
            "title:x AND (y",
            "*",
            "\"quoted\"",
            "\\",
            "<script>alert(1)</script>",
            "javascript:alert(1)",
            "' OR 1=1 --",
            "${jndi:ldap://127.0.0.1/x}",
            "0000-01-01",
            "9999-12-31",
            "2026-13-40",
            "-1",
            "0",
            "9223372036854775808",
            "1e400",
            "NaN",
            "null",
            "true",
            "[]",
            "{}",
            "x".repeat(1500));
    private static final List<String> DATES = List.of(
            "2026-01-11",
            "2026-01-11T08:00:00Z",
            "0001-01-01",
            "9999-12-31",
            "0000-01-01",
            "2026-02-30",
            "yesterday",
            "2026-01-11T08:00:00+08:00");
    private static final List<String> BODY_PARTS = List.of(
            "# 标题\n\n",
            "正文，用 PyTorch 训练。\n\n",
            "$x^2$ 与 $5 and $10\n\n",
            "```python\nprint(1)\n```\n\n",
            "$$\\sum_i x_i$$\n\n",
            "- a\n- b\n\n",
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n",
            "<div class=\"nav\"><a href=\"/\">Home</a></div>",
            "<script>window.x=1</script>",
            "<p>段落</p>",
            "---\ntitle: 前言\ndate: 2026-01-11\n---\n",
            "<!-- more -->\n",
            "{% highlight js %}x{% endhighlight %}\n",
            "\u0000\u0007",
            "\ud800",
            "&amp;&#0;&#xD800;",
            "[[[[[[",
            "*a **b _c",
            "\\(x\\)");

    private final Random random;
    private final Map<String, List<String>> examples;
    private final ObjectMapper json = new ObjectMapper();

    /** @param examples values worth using for parameters of these names (ids that exist, say) */
    RequestGenerator(Random random, Map<String, List<String>> examples) {
        this.random = random;
        this.examples = examples;
    }

    Request draw(Operation operation) {
        String path = operation.path();
        List<String> query = new ArrayList<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonNode parameter : operation.parameters()) {
            String name = parameter.get("name").asText();
            String in = parameter.get("in").asText();
            JsonNode schema = parameter.path("schema");
            switch (in) {
                case "path" -> path = path.replace("{" + name + "}", encodePath(pathValue(name, schema)));
                case "query" -> {
                    if (parameter.path("required").asBoolean() || chance(0.3)) {
                        int repeats = schema.path("type").asText().equals("array")
                                ? 1 + random.nextInt(3)
                                : chance(0.05) ? 2 : 1;
                        for (int i = 0; i < repeats; i++) {
                            query.add(encode(name) + "="
                                    + encode(scalar(name, schema.has("items") ? schema.get("items") : schema)));
                        }
                    }
                }
                case "header" -> {
                    if (chance(0.3)) {
                        headers.put(name, headerSafe(scalar(name, schema)));
                    }
                }
                default -> {}
            }
        }
        String contentType = null;
        String body = null;
        if (operation.requestBody() != null) {
            List<String> types = new ArrayList<>();
            operation.requestBody().path("content").fieldNames().forEachRemaining(types::add);
            contentType = chance(0.04) ? pick(List.of("text/plain", "application/xml", "")) : pick(types);
            JsonNode schema =
                    operation.requestBody().path("content").path(contentType).path("schema");
            body = body(contentType, schema);
        }
        return new Request(
                operation.method().toUpperCase(Locale.ROOT),
                path,
                String.join("&", query),
                headers,
                contentType == null || contentType.isEmpty() ? null : contentType,
                body);
    }

    private String pathValue(String name, JsonNode schema) {
        List<String> known = examples.getOrDefault(name, List.of());
        if (!known.isEmpty() && chance(0.5)) {
            return pick(known);
        }
        String value = chance(0.5) ? "id-" + random.nextInt(1000) : pick(HOSTILE);
        return value.isEmpty() ? "x" : value;
    }

    private String body(String contentType, JsonNode schema) {
        if (contentType.contains("json") && !contentType.contains("ndjson")) {
            if (chance(0.08)) {
                return pick(List.of("{", "[1,", "{\"title\":}", "", "null", "\"just a string\"", "{\"title\":\"t\",}"));
            }
            return json(schema, 0).toString();
        }
        if (contentType.contains("ndjson")) {
            StringBuilder lines = new StringBuilder();
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                lines.append(
                                chance(0.1)
                                        ? "{broken"
                                        : json(itemSchemaOfBatch(), 0).toString())
                        .append('\n');
            }
            return lines.toString();
        }
        StringBuilder document = new StringBuilder();
        int parts = 1 + random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            document.append(pick(BODY_PARTS));
        }
        return document.toString();
    }

    /** An ndjson line has the schema of an article; the document declares the line only as a string. */
    private JsonNode itemSchemaOfBatch() {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("title").put("type", "string");
        properties.putObject("body").put("type", "string");
        properties.putObject("id").put("type", "string");
        schema.putArray("required").add("title").add("body");
        return schema;
    }

    private JsonNode json(JsonNode schema, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (chance(0.06) || depth > 4) {
            return wrongType(schema);
        }
        String type = schema.path("type").isArray()
                ? schema.path("type").get(0).asText()
                : schema.path("type").asText();
        if (schema.has("enum")) {
            return chance(0.85)
                    ? schema.get("enum").get(random.nextInt(schema.get("enum").size()))
                    : nodes.textNode(pick(HOSTILE));
        }
        return switch (type) {
            case "object" -> {
                ObjectNode object = nodes.objectNode();
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(name -> required.add(name.asText()));
                schema.path("properties").properties().forEach(property -> {
                    boolean isRequired = required.contains(property.getKey());
                    if (chance(isRequired ? 0.92 : 0.5)) {
                        object.set(property.getKey(), json(property.getValue(), depth + 1));
                    }
                });
                if (chance(0.05)) {
                    object.put("unexpected", pick(HOSTILE));
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = nodes.arrayNode();
                int size = chance(0.03) ? 60 : random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    array.add(json(schema.path("items"), depth + 1));
                }
                yield array;
            }
            case "integer" ->
                nodes.numberNode(pick(List.of(
                        0L, 1L, 7L, -1L, Long.MAX_VALUE, 1_768_089_600_000L, (long) random.nextInt(1_000_000))));
            case "number" -> nodes.numberNode(random.nextDouble() * 1000);
            case "boolean" -> nodes.booleanNode(random.nextBoolean());
            default -> nodes.textNode(scalar("", schema));
        };
    }

    private JsonNode wrongType(JsonNode schema) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (random.nextInt(5)) {
            case 0 -> nodes.nullNode();
            case 1 -> nodes.numberNode(42);
            case 2 -> nodes.booleanNode(true);
            case 3 -> nodes.arrayNode().add("x");
            default -> nodes.objectNode().put("x", 1);
        };
    }

    /** A string value for a parameter or field: a valid-looking one or one of the hostile pool. */
    private String scalar(String name, JsonNode schema) {
        List<String> known = examples.getOrDefault(name, List.of());
        if (!known.isEmpty() && chance(0.4)) {
            return pick(known);
        }
        if (chance(0.2)) {
            return pick(HOSTILE);
        }
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        if (type.equals("integer")) {
            long minimum = schema.path("minimum").asLong(0);
            long maximum = schema.path("maximum").asLong(1_000_000);
            return Long.toString(minimum + (long) (random.nextDouble() * (maximum - minimum + 1)));
        }
        if (format.equals("date")
                || name.toLowerCase(Locale.ROOT).contains("published")
                || name.equals("from")
                || name.equals("to")) {
            return pick(DATES);
        }
        if (format.equals("uri") || name.toLowerCase(Locale.ROOT).contains("url")) {
            return pick(List.of("https://example.org/a", "http://127.0.0.1/x", "ftp://x/y", "not a url", "https://"));
        }
        if (schema.has("pattern")) {
            return "v" + random.nextInt(10_000);
        }
        return pick(List.of("Python", "LLM", "标题", "训练", "search", "t", "Deep Learning", "a" + random.nextInt(100)));
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A path segment percent-encoded as a client would send it (a space as %20, a '/' as %2F). */
    private static String encodePath(String value) {
        return encode(value).replace("+", "%20");
    }

    /** Header values must be visible ASCII for the HTTP client; others go percent-encoded, as our headers expect. */
    private static String headerSafe(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : encode(String.valueOf(c)));
        }
        return out.toString();
    }
}
