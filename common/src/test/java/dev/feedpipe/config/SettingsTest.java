package dev.feedpipe.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final ConfigDef DEFINITION = new ConfigDef()
            .define("kafka.port", Type.INT, 9092, Range.between(1, 65535), Importance.HIGH, "Broker port.")
            .define("topic.raw", Type.STRING, "articles.raw", Importance.MEDIUM, "Raw topic.");

    @Test
    void environmentNamesAreUpperCasePrefixed() {
        assertThat(Settings.envName("kafka.port")).isEqualTo("FEEDPIPE_KAFKA_PORT");
        assertThat(Settings.envName("registry.management-port")).isEqualTo("FEEDPIPE_REGISTRY_MANAGEMENT_PORT");
    }

    @Test
    void absentKeysTakeTheirDefaultsAndPresentOnesAreParsed() {
        AbstractConfig config = Settings.parse(DEFINITION, Map.of("FEEDPIPE_KAFKA_PORT", "19092"));

        assertThat(config.getInt("kafka.port")).isEqualTo(19092);
        assertThat(config.getString("topic.raw")).isEqualTo("articles.raw");
    }

    @Test
    void anInvalidValueNamesTheVariable() {
        assertThatThrownBy(() -> Settings.parse(DEFINITION, Map.of("FEEDPIPE_KAFKA_PORT", "70000")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("FEEDPIPE_KAFKA_PORT:");
        assertThatThrownBy(() -> Settings.parse(DEFINITION, Map.of("FEEDPIPE_KAFKA_PORT", "abc")))
                .hasMessageStartingWith("FEEDPIPE_KAFKA_PORT:");
    }
}
