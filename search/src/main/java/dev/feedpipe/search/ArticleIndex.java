package dev.feedpipe.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import co.elastic.clients.transport.endpoints.BooleanResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The articles index: versioned indices ({@code articles-v1}, {@code articles-v2}, ...) behind a read
 * alias ({@code articles}) and a write alias ({@code articles-write}), so that a reindex can build the
 * next version and swap both aliases in one atomic request.
 *
 * @param name the base name; the aliases are {@code name} and {@code name-write}
 */
public record ArticleIndex(String name) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public String readAlias() {
        return name;
    }

    public String writeAlias() {
        return name + "-write";
    }

    public String version(int number) {
        return name + "-v" + number;
    }

    /**
     * Creates {@code name-v1} with both aliases unless the read alias exists; an existing index gets the
     * fields this version's mapping adds and it lacks. Safe to call from every instance.
     */
    public void ensure(ElasticsearchClient client) throws IOException {
        BooleanResponse exists = client.indices().existsAlias(a -> a.name(readAlias()));
        if (exists.value()) {
            addMissingFields(client);
            return;
        }
        try {
            createVersion(client, 1, true);
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    /** Creates {@code name-vN} with the mapping; with {@code withAliases}, it also takes both aliases. */
    public void createVersion(ElasticsearchClient client, int number, boolean withAliases) throws IOException {
        try (InputStream mapping = ArticleIndex.class.getResourceAsStream("articles-index.json")) {
            client.indices().create(c -> {
                c.index(version(number)).withJson(mapping);
                if (withAliases) {
                    c.aliases(readAlias(), a -> a).aliases(writeAlias(), a -> a.isWriteIndex(true));
                }
                return c;
            });
        }
    }

    /** Only fields the index lacks: one it maps otherwise stays as it is (a reindex changes a mapping). */
    private void addMissingFields(ElasticsearchClient client) throws IOException {
        Set<String> present = new HashSet<>();
        client.indices()
                .getMapping(m -> m.index(writeAlias()))
                .mappings()
                .forEach((index, mapping) ->
                        present.addAll(mapping.mappings().properties().keySet()));
        ObjectNode missing = JSON.createObjectNode();
        mapping().path("mappings").path("properties").properties().forEach(field -> {
            if (!present.contains(field.getKey())) {
                missing.set(field.getKey(), field.getValue());
            }
        });
        if (!missing.isEmpty()) {
            String body = JSON.writeValueAsString(Map.of("properties", missing));
            client.indices().putMapping(p -> p.index(writeAlias()).withJson(new StringReader(body)));
        }
    }

    private static JsonNode mapping() throws IOException {
        try (InputStream mapping = ArticleIndex.class.getResourceAsStream("articles-index.json")) {
            return JSON.readTree(mapping);
        }
    }

    /** The versioned index the read alias points to, if any. */
    public Optional<String> current(ElasticsearchClient client) throws IOException {
        if (!client.indices().existsAlias(a -> a.name(readAlias())).value()) {
            return Optional.empty();
        }
        GetAliasResponse aliases = client.indices().getAlias(a -> a.name(readAlias()));
        Set<String> indices = aliases.aliases().keySet();
        return indices.stream().max(Comparator.comparingInt(this::versionNumber));
    }

    public int versionNumber(String index) {
        String prefix = name + "-v";
        if (!index.startsWith(prefix)) {
            return 0;
        }
        try {
            return Integer.parseInt(index.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Moves both aliases from {@code from} to {@code to} in one request: searches never see no index.
     * {@code to} is refreshed first, so they never see an index whose documents are not searchable yet.
     */
    public void swap(ElasticsearchClient client, String from, String to) throws IOException {
        client.indices().refresh(r -> r.index(to));
        client.indices()
                .updateAliases(u -> u.actions(a -> a.remove(r -> r.index(from).alias(readAlias())))
                        .actions(a -> a.remove(r -> r.index(from).alias(writeAlias())))
                        .actions(a -> a.add(r -> r.index(to).alias(readAlias())))
                        .actions(a -> a.add(r -> r.index(to).alias(writeAlias()).isWriteIndex(true))));
    }
}
