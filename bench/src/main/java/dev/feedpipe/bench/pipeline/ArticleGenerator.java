package dev.feedpipe.bench.pipeline;

import java.util.Random;

/**
 * Realistic articles for benchmarks: Chinese technical prose with English terms, code blocks,
 * display and inline formulas, links and lists, 2 to 20 KB, the same for the same seed.
 */
public final class ArticleGenerator {

    private static final String[] PHRASES = {
        "分布式训练",
        "梯度同步",
        "显存占用",
        "注意力机制",
        "混合精度",
        "数据管道",
        "模型推理",
        "批处理大小",
        "学习率调度",
        "反向传播",
        "向量检索",
        "搜索引擎",
        "容器编排",
        "日志采集",
        "流处理",
        "PyTorch",
        "CUDA",
        "Kafka",
        "Transformer",
        "All-Reduce",
        "FlashAttention",
        "Elasticsearch",
        "LoRA"
    };
    private static final String[] GLUE = {"的", "与", "在", "中", "通过", "可以", "需要", "提升了", "降低了", "取决于"};

    private final Random random;

    public ArticleGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A Markdown article of about {@code targetBytes} UTF-8 bytes. */
    public String article(int index, int targetBytes) {
        StringBuilder body = new StringBuilder("# 基准文章 ")
                .append(index)
                .append("：")
                .append(phrase())
                .append("\n\n");
        int section = 0;
        while (body.length() * 2.5 < targetBytes) {
            body.append("## 小节 ")
                    .append(++section)
                    .append("\n\n")
                    .append(paragraph())
                    .append("\n\n");
            switch (random.nextInt(4)) {
                case 0 ->
                    body.append("```python\nfor step in range(")
                            .append(random.nextInt(100))
                            .append("):\n    loss = model(x).mean()\n    loss.backward()\n```\n\n");
                case 1 ->
                    body.append("$$\n\\sum_{i=1}^{n} x_i^")
                            .append(random.nextInt(9))
                            .append("\n$$\n\n");
                case 2 ->
                    body.append("1. ")
                            .append(phrase())
                            .append("\n2. ")
                            .append(phrase())
                            .append("\n3. ")
                            .append(phrase())
                            .append("\n\n");
                default ->
                    body.append("参考 🔖 https://example.com/docs/")
                            .append(random.nextInt(1000))
                            .append("/getting-started\n\n");
            }
        }
        return body.toString();
    }

    private String paragraph() {
        StringBuilder text = new StringBuilder();
        int sentences = 3 + random.nextInt(5);
        for (int s = 0; s < sentences; s++) {
            int words = 4 + random.nextInt(8);
            for (int w = 0; w < words; w++) {
                text.append(phrase()).append(GLUE[random.nextInt(GLUE.length)]);
            }
            if (random.nextInt(3) == 0) {
                text.append("，其中 $x_").append(random.nextInt(9)).append("$ 表示输入");
            }
            text.append("。");
        }
        return text.toString();
    }

    private String phrase() {
        return PHRASES[random.nextInt(PHRASES.length)];
    }

    int size(int index) {
        return 2048 + new Random(index * 7919L).nextInt(18 * 1024);
    }
}
