package dev.feedpipe.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.stack.StackEndpoints;
import dev.feedpipe.stack.junit.LocalStackExtension;
import dev.feedpipe.testing.openapi.OpenApiContract;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 22: the feed's own OpenAPI document, served at /api/openapi.json, is complete: requests drawn
 * from it (bounded, seeded) never get a 5xx, and every answer is what the document says.
 */
@ExtendWith(LocalStackExtension.class)
class FeedContractIT {

    private static final long SEED = Long.getLong("feedpipe.contract.seed", 22L);
    private static final int REQUESTS_PER_OPERATION = 60;

    @Test
    void everyAnswerToRequestsDrawnFromTheDocumentMatchesIt(StackEndpoints stack) throws Exception {
        List<EnrichedArticle> articles = FeedFixtures.standard();
        try (ScratchFeed feed = ScratchFeed.start(stack, "contract", articles)) {
            String base = feed.base;
            OpenApiContract contract = new OpenApiContract(
                    base,
                    OpenApiContract.served(base, "/api/openapi.json"),
                    Map.of(),
                    Map.of(
                            "id",
                            articles.stream().map(EnrichedArticle::getId).toList(),
                            "category",
                            List.of("Python", "LLM", "Infrastructure"),
                            "tag",
                            List.of("even", "search"),
                            "number",
                            List.of("1", "2")));

            OpenApiContract.Report report = contract.check(SEED, REQUESTS_PER_OPERATION);

            System.out.println(report.summary());
            assertThat(report.violations()).as(report.summary()).isEmpty();
            assertThat(report.statuses().get("GET /api/articles/{id}"))
                    .as("the draw reaches found and refused ids")
                    .containsKeys(200, 400, 404);
            assertThat(report.statuses().get("GET /api/feed")).containsKeys(200, 400);
        }
    }
}
