package dev.feedpipe.extract.internal.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.feedpipe.extract.ArticleInput;
import dev.feedpipe.extract.CategorySource;
import dev.feedpipe.extract.Extractor;
import dev.feedpipe.extract.ExtractorSettings;
import dev.feedpipe.extract.FeedEntry;
import dev.feedpipe.extract.Format;
import dev.feedpipe.extract.Taxonomy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassifierTest {

    private final Extractor extractor = new Extractor(ExtractorSettings.defaults());

    /** A labelled set: short articles, none naming its category, each with the category a reader would give it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Python        | 用 asyncio 写并发爬虫：协程、事件循环与 aiohttp 的组合，配合 typing 做类型标注。
            Python        | Python 的生成器与 yield：惰性求值如何节省内存，itertools 与 functools 常用函数一览。
            Deep Learning | 卷积神经网络的反向传播推导：从损失函数到每一层的梯度，以及 dropout 的作用。
            Deep Learning | 用 PyTorch 训练 ResNet：优化器选择、学习率调度与 batch normalization 的细节。
            LLM           | 大语言模型推理加速：KV cache、投机解码与 FlashAttention，token 吞吐翻倍。
            LLM           | 用 LoRA 微调 LLaMA：只训练低秩矩阵，在单卡上完成大模型指令微调。
            Multimodal    | CLIP 如何对齐图像与文本：对比学习让视觉和语言落在同一个空间，是多模态的基础。
            Multimodal    | 扩散模型生成图像的原理：从噪声出发逐步去噪，再用文本条件控制视觉内容。
            Infrastructure| 用 Docker 和 Kubernetes 部署服务：容器编排、滚动升级与 nginx 反向代理。
            Infrastructure| 自托管一台 Linux 服务器：systemd 服务、防火墙、SSL 证书与日常运维。
            Data Engineering | 用 Kafka 和 Flink 搭实时数据管道：流处理、窗口聚合与 exactly-once。
            Data Engineering | 数据仓库建模：ETL 调度用 Airflow，明细层用 Parquet 存在数据湖里。
            Other         | 周末读书笔记：一本关于城市历史的书，讲述了街道、市场和人的故事。
            """)
    void classifiesALabelledSet(String expected, String body) {
        FeedEntry entry = extractor.extract(ArticleInput.of(body, Format.TEXT));
        assertThat(entry.category()).isEqualTo(expected);
        assertThat(entry.categorySource()).isEqualTo(CategorySource.CLASSIFIER);
    }

    @Test
    void theAuthorsCategoryWinsOverTheClassifier() {
        FeedEntry entry = extractor.extract(
                new ArticleInput(null, null, "Kafka Kafka Kafka 数据管道", Format.TEXT, "Python", List.of()));
        assertThat(entry.category()).isEqualTo("Python");
        assertThat(entry.categorySource()).isEqualTo(CategorySource.AUTHOR);
    }

    @Test
    void titleTermsWeighMoreThanBodyTerms() {
        Classifier classifier = new Classifier(Taxonomy.defaults());
        Map<String, Integer> body = classifier.matcher().count("docker docker");
        assertThat(classifier.classify("Kafka 入门", "docker docker", body)).isEqualTo("Data Engineering");
    }

    @Test
    void aCustomTaxonomyIsUsedAndValidated() {
        Taxonomy taxonomy = Taxonomy.parse("""
                # games
                Chess: 象棋, chess, opening
                Go: 围棋, baduk
                Misc:
                """);
        Classifier classifier = new Classifier(taxonomy);
        assertThat(classifier.classify("围棋定式", "", Map.of())).isEqualTo("Go");
        assertThat(classifier.classify("天气", "", Map.of())).isEqualTo("Misc");
        assertThatThrownBy(() -> Taxonomy.parse("A: x\nB: y")).hasMessageContaining("fallback");
        assertThatThrownBy(() -> Taxonomy.parse("A x")).hasMessageContaining("line 1");
    }

    @Test
    void latinTermsMatchWholeWordsAndCjkTermsAnywhere() {
        TermMatcher matcher = new TermMatcher(List.of("pip", "训练", "k8s"));
        assertThat(matcher.count("pipeline pip PIP 分布式训练 k8s k8sx"))
                .containsExactly(Map.entry("pip", 2), Map.entry("训练", 1), Map.entry("k8s", 1));
    }
}
