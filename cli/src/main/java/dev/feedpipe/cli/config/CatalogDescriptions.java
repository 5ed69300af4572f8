package dev.feedpipe.cli.config;

import dev.feedpipe.config.Catalog;
import dev.feedpipe.config.Setting;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The help text of options that stand for a catalog setting (their {@code descriptionKey} is its key): the
 * setting's description, its variable and its default, so {@code --help} says what the README says.
 */
public final class CatalogDescriptions extends ResourceBundle {

    @Override
    protected Object handleGetObject(String key) {
        return setting(key)
                .map(setting -> setting.description() + " (" + setting.env()
                        + (setting.defaultText().isEmpty() ? "" : "; default: " + setting.defaultText()) + ")")
                .orElse(null);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(Catalog.ALL.stream().map(Setting::key).toList());
    }

    private static Optional<Setting> setting(String key) {
        return Catalog.ALL.stream().filter(setting -> setting.key().equals(key)).findFirst();
    }
}
