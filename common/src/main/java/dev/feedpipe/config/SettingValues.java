package dev.feedpipe.config;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.types.Password;

/** Parsed and validated values of catalog settings, read by the setting itself rather than by a key string. */
public final class SettingValues {

    private final AbstractConfig values;

    SettingValues(AbstractConfig values) {
        this.values = values;
    }

    public String string(Setting setting) {
        return values.getString(setting.key());
    }

    public int integer(Setting setting) {
        return values.getInt(setting.key());
    }

    /** A secret's value, or null when it is not set. */
    public String password(Setting setting) {
        Password password = values.getPassword(setting.key());
        return password == null ? null : password.value();
    }
}
