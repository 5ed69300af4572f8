package dev.feedpipe.enrich;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/**
 * Re-enrichment from the raw topic: moves the enrich application's committed offsets on the raw
 * topic back to the earliest ones. The raw topic is compacted, so it holds every live article. When
 * the instances start again, each article whose extractor fingerprint changed is re-enriched at the
 * same revision (the index accepts an equal revision); unchanged ones are recognised as duplicates
 * and produce nothing.
 */
public final class Replay {

    private Replay() {}

    /** What the reset did. */
    public record Result(int partitions, long records) {}

    public static Result resetToEarliest(Admin admin, String applicationId, String rawTopic)
            throws ExecutionException, InterruptedException, TimeoutException {
        requireNoActiveMembers(admin, applicationId);
        TopicDescription topic = admin.describeTopics(List.of(rawTopic))
                .allTopicNames()
                .get(30, TimeUnit.SECONDS)
                .get(rawTopic);
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        topic.partitions().forEach(p -> {
            earliest.put(new TopicPartition(rawTopic, p.partition()), OffsetSpec.earliest());
            latest.put(new TopicPartition(rawTopic, p.partition()), OffsetSpec.latest());
        });
        Map<TopicPartition, ListOffsetsResultInfo> starts =
                admin.listOffsets(earliest).all().get(30, TimeUnit.SECONDS);
        Map<TopicPartition, ListOffsetsResultInfo> ends =
                admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        long records = 0;
        for (var start : starts.entrySet()) {
            offsets.put(start.getKey(), new OffsetAndMetadata(start.getValue().offset()));
            records += ends.get(start.getKey()).offset() - start.getValue().offset();
        }
        admin.alterConsumerGroupOffsets(applicationId, offsets).all().get(30, TimeUnit.SECONDS);
        return new Result(offsets.size(), records);
    }

    private static void requireNoActiveMembers(Admin admin, String applicationId)
            throws ExecutionException, InterruptedException, TimeoutException {
        try {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(applicationId))
                    .all()
                    .get(30, TimeUnit.SECONDS)
                    .get(applicationId);
            if (!group.members().isEmpty()) {
                throw new IllegalStateException("the application '" + applicationId + "' still has "
                        + group.members().size() + " running member(s): stop every enrich-service instance first");
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                throw e;
            }
        }
    }
}
