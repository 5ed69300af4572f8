package dev.feedpipe.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The token writes need, when one is configured: {@code Authorization: Bearer <token>}, compared in
 * constant time. A request without it gets 401 problem+json naming {@code Authorization} and a
 * {@code WWW-Authenticate: Bearer} challenge ({@link HttpEdge} answers it).
 *
 * @param expected the token, or empty when writes are open
 */
public record BearerToken(Optional<String> expected) {

    /** @throws Unauthorized when a token is configured and the request does not present it */
    public void require(Context ctx) {
        if (expected.isEmpty()) {
            return;
        }
        String header = ctx.header("Authorization");
        String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip()
                : "";
        if (!MessageDigest.isEqual(
                presented.getBytes(StandardCharsets.UTF_8), expected.get().getBytes(StandardCharsets.UTF_8))) {
            throw new Unauthorized();
        }
    }

    /** A write without the configured bearer token. */
    public static final class Unauthorized extends RuntimeException {
        Unauthorized() {
            super("a valid 'Authorization: Bearer <token>' header is required");
        }
    }
}
