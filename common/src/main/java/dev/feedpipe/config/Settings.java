package dev.feedpipe.config;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Reads settings from environment variables. Each is declared once, with its type, default, validator
 * and description, in the {@link Catalog}; here it gets its environment name: {@code kafka.port} is read
 * from {@code FEEDPIPE_KAFKA_PORT}.
 */
public final class Settings {

    public static final String ENV_PREFIX = "FEEDPIPE_";

    private Settings() {}

    /** The environment variable that sets a key. */
    public static String envName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /**
     * Parses and validates the keys of {@code definition} from {@code environment}; keys absent from it take
     * their defaults.
     *
     * @throws InvalidSettingException naming the environment variable of the first invalid key
     */
    public static AbstractConfig parse(ConfigDef definition, Map<String, String> environment) {
        Map<String, Object> values = new HashMap<>();
        for (String key : definition.names()) {
            String value = environment.get(envName(key));
            if (value != null) {
                values.put(key, value);
            }
        }
        try {
            return new AbstractConfig(definition, values, false);
        } catch (ConfigException e) {
            throw new InvalidSettingException(describeFailure(definition, e), e);
        }
    }

    /**
     * Builds something from setting values that its own constructor validates further: an
     * {@link IllegalArgumentException} it throws becomes an {@link InvalidSettingException} naming the
     * variables involved.
     */
    public static <T> T build(Supplier<T> builder, Setting... settings) {
        try {
            return builder.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(
                    Arrays.stream(settings).map(Setting::env).collect(Collectors.joining(", ")) + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * Parses and validates the catalog settings {@code component} reads from {@code environment}.
     *
     * @throws InvalidSettingException naming the environment variable of the first invalid setting
     */
    public static SettingValues read(Component component, Map<String, String> environment) {
        return new SettingValues(parse(Catalog.definition(component), environment));
    }

    private static String describeFailure(ConfigDef definition, ConfigException e) {
        String message = e.getMessage() == null ? "invalid configuration" : e.getMessage();
        for (String key : definition.names()) {
            if (message.contains("configuration " + key) || message.contains("\"" + key + "\"")) {
                return envName(key) + ": " + message;
            }
        }
        return message;
    }
}
