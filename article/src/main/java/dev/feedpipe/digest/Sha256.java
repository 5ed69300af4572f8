package dev.feedpipe.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in lower-case hex, whole or its first bytes: ids, fingerprints, ETags. */
public final class Sha256 {

    private Sha256() {}

    /** The hex of the first {@code bytes} bytes (1 to 32) of the SHA-256 of {@code data}. */
    public static String hex(byte[] data, int bytes) {
        if (bytes < 1 || bytes > 32) {
            throw new IllegalArgumentException("a SHA-256 has 1 to 32 bytes, not " + bytes);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data), 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The same of a text's UTF-8 bytes. */
    public static String hex(String text, int bytes) {
        return hex(text.getBytes(StandardCharsets.UTF_8), bytes);
    }
}
