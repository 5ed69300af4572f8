package dev.feedpipe.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.feedpipe.config.InvalidSettingException;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedConfigTest {

    @Test
    void thePublicUrlIsOptionalAndLosesItsTrailingSlash() {
        assertThat(FeedConfig.load(Map.of()).publicUrl()).isEmpty();
        assertThat(FeedConfig.load(Map.of("FEEDPIPE_FEED_PUBLIC_URL", "https://news.example.org/feed/"))
                        .publicUrl())
                .contains(URI.create("https://news.example.org/feed"));
    }

    @Test
    void aPublicUrlThatIsNoAbsoluteHttpAddressIsRefusedByName() {
        for (String bad : new String[] {
            "news.example.org", "ftp://news.example.org", "https://x.example/?a=1", "javascript:alert(1)"
        }) {
            assertThatThrownBy(() -> FeedConfig.load(Map.of("FEEDPIPE_FEED_PUBLIC_URL", bad)))
                    .as(bad)
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessageContaining("FEEDPIPE_FEED_PUBLIC_URL");
        }
    }
}
