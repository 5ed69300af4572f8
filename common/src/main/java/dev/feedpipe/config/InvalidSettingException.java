package dev.feedpipe.config;

/** A configuration value that failed validation; the message names the environment variable. */
public final class InvalidSettingException extends RuntimeException {

    public InvalidSettingException(String message, Throwable cause) {
        super(message, cause);
    }
}
