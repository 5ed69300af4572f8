package dev.feedpipe.cli.config;

import dev.feedpipe.config.Catalog;
import dev.feedpipe.config.Setting;
import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Defaults for command-line options that stand for a catalog setting: an option whose
 * {@code descriptionKey} is a setting's key takes that setting's environment variable, else its default.
 * So {@code --bootstrap-servers} and the services read the same {@code FEEDPIPE_KAFKA_BOOTSTRAP_SERVERS}.
 */
public final class CatalogDefaults implements IDefaultValueProvider {

    private final Map<String, String> environment;

    public CatalogDefaults(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        if (!(argument instanceof OptionSpec option) || option.descriptionKey() == null) {
            return null;
        }
        return Catalog.ALL.stream()
                .filter(setting -> setting.key().equals(option.descriptionKey()))
                .findFirst()
                .map(this::value)
                .orElse(null);
    }

    private String value(Setting setting) {
        String value = environment.get(setting.env());
        if (value != null) {
            return value;
        }
        return setting.defaultText().isEmpty() ? null : setting.defaultText();
    }
}
