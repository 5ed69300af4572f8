package dev.feedpipe.ingest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedpipe.ingest.article.InvalidArticleException;
import dev.feedpipe.problem.FieldError;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a write request carries, read within the limits: the body (bounded, strict UTF-8), its media type,
 * JSON, a batch's items, and the metadata of Markdown and HTML posts. Every refusal names the field.
 */
final class RequestBody {

    private static final List<String> METADATA_FIELDS =
            List.of("id", "revision", "title", "author", "category", "tags", "sourceUrl", "publishedAt");

    private final int maxBodyBytes;
    private final ObjectMapper json;

    RequestBody(int maxBodyBytes, ObjectMapper json) {
        this.maxBodyBytes = maxBodyBytes;
        this.json = json;
    }

    /**
     * Reads the body up to the limit and no further: a chunked upload without a length is cut off at
     * the limit instead of being buffered whole.
     */
    String read(Context ctx) {
        if (ctx.contentLength() > maxBodyBytes) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = ctx.bodyInputStream()) {
            bytes = in.readNBytes(maxBodyBytes + 1);
        } catch (IOException e) {
            throw InvalidArticleException.of("body", "could not be read: " + e.getMessage());
        }
        if (bytes.length > maxBodyBytes) {
            throw tooLarge();
        }
        return utf8(bytes);
    }

    JsonNode json(String body) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw InvalidArticleException.of("$", "the body is empty; expected a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw InvalidArticleException.of("$", "malformed JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * A batch's items: a JSON array, or one article per line (NDJSON), where a malformed line fails only
     * its own item (an {@link InvalidArticleException} in its place).
     */
    List<Object> batchItems(String body, String mediaType) {
        return switch (mediaType) {
            case "application/json" -> jsonArray(body);
            case "application/x-ndjson", "application/ndjson", "application/jsonl" -> ndjson(body);
            default -> throw unsupported(mediaType, "application/json (an array) or application/x-ndjson");
        };
    }

    private List<Object> jsonArray(String body) {
        JsonNode node = json(body);
        if (!node.isArray()) {
            throw InvalidArticleException.of("$", "a batch must be a JSON array of articles");
        }
        List<Object> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    private List<Object> ndjson(String body) {
        List<Object> items = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                items.add(json.readTree(line));
            } catch (JsonProcessingException e) {
                items.add(InvalidArticleException.of("$", "malformed JSON: " + e.getOriginalMessage()));
            }
        }
        return items;
    }

    /** The request's media type, lower case, without parameters; empty when it has none. */
    static String mediaType(Context ctx) {
        String type = ctx.contentType();
        if (type == null) {
            return "";
        }
        int semicolon = type.indexOf(';');
        return (semicolon >= 0 ? type.substring(0, semicolon) : type).strip().toLowerCase(Locale.ROOT);
    }

    static InvalidArticleException unsupported(String type, String accepted) {
        return new InvalidArticleException(
                415, List.of(new FieldError("Content-Type", "'" + type + "' is not supported; use " + accepted)));
    }

    /**
     * Metadata of Markdown and HTML posts: query parameters, else {@code X-Article-<Field>} headers,
     * whose values are percent-encoded UTF-8 (a {@code +} is a plus, not a space).
     */
    static Map<String, String> metadata(Context ctx) {
        Map<String, String> metadata = new HashMap<>();
        for (String field : METADATA_FIELDS) {
            String value = ctx.queryParam(field);
            if (value == null) {
                String name = "X-Article-" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
                value = percentDecoded(name, ctx.header(name));
            }
            if (value != null) {
                metadata.put(field, value);
            }
        }
        return metadata;
    }

    private static String percentDecoded(String header, String value) {
        if (value == null) {
            return null;
        }
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw InvalidArticleException.of(
                    header, "is not valid percent-encoded UTF-8 (write '%' as %25): " + e.getMessage());
        }
    }

    /** The body decoded as UTF-8; malformed bytes are refused rather than silently replaced. */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw InvalidArticleException.of("body", "is not valid UTF-8: " + e.getMessage());
        }
    }

    private InvalidArticleException tooLarge() {
        return new InvalidArticleException(
                413, List.of(new FieldError("body", "is larger than the limit of " + maxBodyBytes + " bytes")));
    }
}
