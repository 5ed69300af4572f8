package dev.feedpipe.cli.extract;

import java.util.Map;

/** The category each sample article should end up in, whether its author named it or not. */
public final class SampleCategories {

    public static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("distributed-training-ddp", "Deep Learning"),
            Map.entry("python-decorators", "Python"),
            Map.entry("autoencoder-basics", "Deep Learning"),
            Map.entry("flash-attention-kernels", "LLM"),
            Map.entry("autograd-from-scratch", "Deep Learning"),
            Map.entry("vlm-architecture", "Multimodal"),
            Map.entry("llm-gpu-memory", "LLM"),
            Map.entry("module-vs-functional", "Deep Learning"),
            Map.entry("multimodal-audio-vision", "Multimodal"),
            Map.entry("self-hosting-blog", "Infrastructure"),
            Map.entry("mixed-precision-training", "Deep Learning"),
            Map.entry("kafka-streams-pipeline", "Data Engineering"));

    private SampleCategories() {}
}
