package dev.feedpipe.feed.http;

import dev.feedpipe.digest.Sha256;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * Answers a GET with a body, or with 304 when the reader already holds it (RFC 9110, section 13): a strong
 * ETag from the body's hash, Last-Modified from the content's newest change. If-None-Match wins over
 * If-Modified-Since, as the RFC says.
 */
final class ConditionalGet {

    private ConditionalGet() {}

    static void answer(Context ctx, String contentType, String body, Instant lastModified) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + Sha256.hex(bytes, 16) + "\"";
        Instant modified = lastModified.truncatedTo(ChronoUnit.SECONDS);
        ctx.header("ETag", etag);
        ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atOffset(ZoneOffset.UTC)));
        ctx.header("Cache-Control", "no-cache");
        if (notModified(ctx.header("If-None-Match"), ctx.header("If-Modified-Since"), etag, modified)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(contentType).result(bytes);
    }

    static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant modified) {
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(","))
                    .map(String::strip)
                    .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                    .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
        }
        if (ifModifiedSince != null) {
            try {
                Instant since = DateTimeFormatter.RFC_1123_DATE_TIME.parse(ifModifiedSince.strip(), Instant::from);
                return !modified.isAfter(since);
            } catch (DateTimeParseException e) {
                return false; // an unreadable date is ignored, as the RFC asks
            }
        }
        return false;
    }
}
