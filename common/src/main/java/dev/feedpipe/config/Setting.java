package dev.feedpipe.config;

import java.util.EnumSet;
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

    /** A text setting, declared by name: {@code Setting.text(key).byDefault(..)...readBy(..)}. */
    static Builder text(String key) {
        return new Builder(key, Type.STRING);
    }

    /** A whole-number setting. */
    static Builder integer(String key) {
        return new Builder(key, Type.INT);
    }

    /** A secret: never printed, unset by default. */
    static Builder password(String key) {
        return new Builder(key, Type.PASSWORD);
    }

    /** A setting being declared; {@link #readBy} completes it. Unset parts: no default, no validator, medium importance. */
    static final class Builder {
        private final String key;
        private final Type type;
        private Object defaultValue = REQUIRED;
        private Validator validator;
        private Importance importance = Importance.MEDIUM;
        private String meaning;

        private Builder(String key, Type type) {
            this.key = key;
            this.type = type;
            if (type == Type.PASSWORD) {
                defaultValue = null;
            }
        }

        Builder byDefault(Object value) {
            defaultValue = value;
            return this;
        }

        Builder valid(Validator check) {
            validator = check;
            return this;
        }

        Builder importance(Importance level) {
            importance = level;
            return this;
        }

        Builder meaning(String description) {
            meaning = description;
            return this;
        }

        Setting readBy(Component first, Component... more) {
            if (meaning == null || meaning.isBlank()) {
                throw new IllegalStateException(key + " has no meaning");
            }
            return new Setting(key, type, defaultValue, validator, importance, meaning, EnumSet.of(first, more));
        }
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
