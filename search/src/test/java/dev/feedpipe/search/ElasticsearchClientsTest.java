package dev.feedpipe.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ElasticsearchClientsTest {

    @Test
    void oneUrlIsOneNode() {
        assertThat(ElasticsearchClients.hosts("http://127.0.0.1:9200"))
                .containsExactly(URI.create("http://127.0.0.1:9200"));
    }

    @Test
    void aCommaSeparatedListIsTheClustersNodesInOrder() {
        assertThat(ElasticsearchClients.hosts(" http://127.0.0.1:9200, http://127.0.0.1:9210 ,,http://127.0.0.1:9220"))
                .containsExactly(
                        URI.create("http://127.0.0.1:9200"),
                        URI.create("http://127.0.0.1:9210"),
                        URI.create("http://127.0.0.1:9220"));
    }

    @Test
    void aListWithoutAUrlIsRefused() {
        assertThatThrownBy(() -> ElasticsearchClients.hosts(" , ")).hasMessageContaining("no Elasticsearch URL");
    }
}
