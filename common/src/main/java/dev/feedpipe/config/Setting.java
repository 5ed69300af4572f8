package dev.feedpipe.config;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Validator;

/**
 * One setting, declared once (in {@link Catalog}): its key, type, default, validation, meaning and who
 * reads it. Read from the environment variable {@link #env()}: {@code kafka.port} from {@code FEEDPIPE_KAFKA_PORT}.
 *
 * @param defaultValue the default, {@link #REQUIRED} when there is none, null for "not set"
 * @param validator checks a value, or null
 */
public record Setting(
        String key,
        Type type,
        Object defaultValue,
        Validator validator,
        Importance importance,
        String description,
        Set<Component> readers) {

    public static final Object REQUIRED = ConfigDef.NO_DEFAULT_VALUE;

    public Setting {
        readers = Set.copyOf(readers);
    }

    static Setting of(
            String key,
            Type type,
            Object defaultValue,
            Validator validator,
            Importance importance,
            String description,
            Component... readers) {
        return new Setting(
                key, type, defaultValue, validator, importance, description, EnumSet.copyOf(List.of(readers)));
    }

    /** The environment variable that sets it. */
    public String env() {
        return Settings.envName(key);
    }

    /** The default as text, as a user would write it in the environment ("" for an empty one). */
    public String defaultText() {
        return defaultValue == null || defaultValue == REQUIRED ? "" : String.valueOf(defaultValue);
    }

    public boolean readBy(Component component) {
        return readers.contains(component);
    }

    void defineIn(ConfigDef definition) {
        definition.define(key, type, defaultValue, validator, importance, description);
    }
}
