package dev.feedpipe.extract.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTitleTest {

    private static String title(String head, String body) {
        return new HtmlReader()
                .metadata(new HtmlReader().parse("<html><head>" + head + "</head><body>" + body + "</body></html>"))
                .first("title")
                .orElse("");
    }

    private static final String CHROME =
            "<header><a href=/>数据管道手记</a></header><nav><a href=/a>归档</a><a href=/b>标签</a>" + "<a href=/c>关于</a></nav>";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "Kafka 调优 | 数据管道手记; Kafka 调优",
                "Kafka 调优 - 数据管道手记; Kafka 调优",
                "Kafka 调优_数据管道手记; Kafka 调优",
                "Kafka 调优 · 数据管道手记; Kafka 调优",
                "数据管道手记 | Kafka 调优; Kafka 调优",
                "Kafka 调优 - 第二部分; Kafka 调优 - 第二部分"
            })
    void theSiteNameThatRepeatsInTheChromeIsRemoved(String declared, String expected) {
        assertThat(title("<title>" + declared + "</title>", CHROME + "<div>正文</div>"))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            value = {
                "<meta property='og:site_name' content='慢慢学系统'><title>HNSW 入门 - 慢慢学系统</title> => HNSW 入门",
                "<meta property='og:title' content='作者自己的标题'><title>别的 | 站点</title> => 作者自己的标题",
                "<title>3.2 &nbsp; 快速排序 - 算法手册</title><meta property='og:site_name' content='算法手册'> => 3.2 快速排序"
            })
    void openGraphDecidesWhenPresent(String head, String expected) {
        assertThat(title(head, "<nav><a href=/>首页</a><a href=/x>X</a><a href=/y>Y</a></nav><p>正文</p>"))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "<article><header><h1>文章自己的标题</h1></header><div class='post-content'><p>%s</p></div></article>",
                "<main><h1>文章自己的标题</h1><p>%s</p></main>"
            })
    void onAPageTheArticlesHeadingBeatsTheDeclaredTitle(String body) {
        String prose = "这是正文的第一段，足够长，让它成为文章的主体内容而不是页面的装饰。".repeat(4);
        assertThat(title("<title>站点首页 | 站点</title>", CHROME + body.formatted(prose)))
                .isEqualTo("文章自己的标题");
    }
}
