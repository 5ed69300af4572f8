package dev.feedpipe.feed;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.Refresh;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.stack.StackEndpoints;
import dev.feedpipe.stack.junit.LocalStackExtension;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The LATEST UPDATES page in a real headless Chromium (Debian's chromium and chromium-driver). */
@ExtendWith(LocalStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedPageIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private ScratchFeed feed;
    private WebDriver driver;
    private String base;

    @BeforeAll
    void start(StackEndpoints stack) throws Exception {
        assertThat(CHROMIUM)
                .as("Chromium is installed by ./feedpipe test (apt-get install chromium chromium-driver)")
                .exists();
        assertThat(CHROMEDRIVER).exists();
        feed = ScratchFeed.start(
                stack, "page", FeedFixtures.standard(), Map.of("FEEDPIPE_FEED_PAGE_REFRESH_MS", "500"));
        base = feed.base + "/";
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--disable-features=BackForwardCache",
                "--user-data-dir=" + Files.createTempDirectory("feedpipe-chromium"),
                "--window-size=1280,2000");
        ChromeDriverService driverService = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(driverService, options);
    }

    @AfterAll
    void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        feed.close();
    }

    @BeforeEach
    void desktopWindow() {
        driver.manage().window().setSize(new Dimension(1280, 2000));
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private List<WebElement> entries() {
        return driver.findElements(By.cssSelector("#entries > li.entry"));
    }

    private List<String> entryIds() {
        return entries().stream().map(e -> e.getAttribute("data-id")).toList();
    }

    private void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void thePageListsFiltersSearchesPagesUpdatesAndRunsNoArticleScript() throws Exception {
        driver.get(base);
        waiting().until(d -> entries().size() == 20);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("LATEST UPDATES");
        assertThat(entryIds().subList(0, 3)).containsExactly(FeedFixtures.HOSTILE_ID, "engine-b", "engine-a");

        WebElement hostile = entries().get(0);
        assertThat(hostile.findElement(By.cssSelector("h2")).getText())
                .isEqualTo("<script>window.__pwned=1</script>标题");
        assertThat(hostile.findElement(By.cssSelector(".summary")).getText())
                .contains("<img src=x onerror=")
                .contains("<b>粗体</b>");
        assertThat(((JavascriptExecutor) driver).executeScript("return window.__pwned === undefined"))
                .isEqualTo(true);
        assertThat(driver.findElements(By.cssSelector("#entries img, #entries script, #entries b")))
                .isEmpty();

        WebElement plain = entries().get(3);
        assertThat(plain.findElements(By.cssSelector(".placeholder.code")))
                .extracting(WebElement::getText)
                .containsExactly("[代码]");
        assertThat(plain.findElements(By.cssSelector(".placeholder.formula"))).hasSize(1);
        assertThat(plain.findElement(By.cssSelector(".category")).getText()).isNotBlank();
        assertThat(plain.findElement(By.cssSelector(".date")).getText()).matches("2026-01-\\d\\d");
        screenshot("feed-page.png");

        driver.findElement(By.cssSelector(".chip[data-category='LLM']")).click();
        waiting().until(d -> entries().size() == 6);
        assertThat(entries())
                .allSatisfy(e -> assertThat(
                                e.findElement(By.cssSelector(".category")).getText())
                        .isEqualTo("LLM"));
        assertThat(driver.findElement(By.cssSelector(".chip[data-category='LLM']"))
                        .getAttribute("aria-pressed"))
                .isEqualTo("true");

        driver.findElements(By.cssSelector(".chip")).get(0).click();
        waiting().until(d -> entries().size() == 20);
        driver.findElement(By.id("q")).sendKeys("搜索引擎");
        driver.findElement(By.cssSelector("#search button")).click();
        waiting().until(d -> entries().size() == 2);
        assertThat(entryIds()).containsExactlyInAnyOrder("engine-a", "engine-b");
        assertThat(driver.findElements(By.cssSelector("#entries mark")))
                .isNotEmpty()
                .allSatisfy(mark -> assertThat(mark.getText()).contains("搜索"));

        driver.findElement(By.id("q")).clear();
        driver.findElement(By.cssSelector("#search button")).click();
        waiting().until(d -> entries().size() == 20);
        driver.findElement(By.id("more")).click();
        waiting().until(d -> entries().size() == 27);
        assertThat(entryIds().get(26)).isEqualTo("n01");
        assertThat(entryIds()).doesNotHaveDuplicates();

        FeedFixtures.indexNow(
                feed.client,
                feed.index,
                FeedFixtures.article("fresh", "刚刚发布的新文章", "无需刷新页面即可看到。", "LLM", "2026-01-30", List.of()));
        waiting().until(d -> "fresh".equals(entryIds().get(0)));
        assertThat(entries().get(0).findElement(By.cssSelector("h2")).getText()).isEqualTo("刚刚发布的新文章");

        driver.manage().window().setSize(new Dimension(390, 844));
        driver.navigate().refresh();
        waiting().until(d -> entries().size() == 20);
        Object overflow = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(overflow)
                .as("no horizontal scrolling on a phone-sized screen")
                .isEqualTo(true);
        screenshot("feed-page-phone.png");
    }

    /** Whether the browser drew the emoji in colour (an emoji font) rather than as a monochrome box. */
    private boolean drawsColourEmoji(String emoji) {
        Object coloured = ((JavascriptExecutor) driver).executeScript("""
                const canvas = document.createElement("canvas");
                canvas.width = 64; canvas.height = 64;
                const context = canvas.getContext("2d");
                context.font = "48px " + getComputedStyle(document.body).fontFamily;
                context.textBaseline = "top";
                context.fillText(arguments[0], 4, 4);
                const pixels = context.getImageData(0, 0, 64, 64).data;
                for (let i = 0; i < pixels.length; i += 4) {
                  const [r, g, b, a] = [pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]];
                  if (a > 200 && Math.max(r, g, b) - Math.min(r, g, b) > 60) return true;
                }
                return false;""", emoji);
        return Boolean.TRUE.equals(coloured);
    }

    private long scrollY() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return Math.round(window.scrollY)")).longValue();
    }

    /** Clicks the title of the entry at {@code position} after scrolling it to mid-screen; its id, title and the offset. */
    private record Opened(String id, String title, long scrollY) {}

    private Opened openEntry(int position) {
        WebElement target = entries().get(position);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", target);
        Opened opened = new Opened(
                target.getAttribute("data-id"),
                target.findElement(By.cssSelector("h2")).getText(),
                scrollY());
        assertThat(opened.scrollY()).as("the page scrolled").isPositive();
        target.findElement(By.cssSelector("a.title-link")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/articles/" + opened.id()));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(opened.title());
        return opened;
    }

    /**
     * Chromium runs without its back/forward cache here, so "back" loads the page afresh: what brings the
     * reader back to the same place is the page's own code (filters in the address, position in session storage).
     */
    @Test
    void aTitleOpensTheArticlePageAndBackReturnsToTheSamePlaceAndFilters() throws Exception {
        driver.manage().window().setSize(new Dimension(1280, 700));
        driver.get(base);
        waiting().until(d -> entries().size() == 20);
        driver.findElement(By.cssSelector(".chip[data-category='Infrastructure']"))
                .click();
        waiting()
                .until(d -> d.getCurrentUrl().endsWith("?category=Infrastructure")
                        && entries().size() == 8);
        Opened filtered = openEntry(6);
        driver.navigate().back();
        waiting().until(d -> d.getCurrentUrl().endsWith("?category=Infrastructure"));
        waiting().until(d -> entries().size() == 8 && Math.abs(scrollY() - filtered.scrollY()) <= 2);
        assertThat(driver.findElement(By.cssSelector(".chip[data-category='Infrastructure']"))
                        .getAttribute("aria-pressed"))
                .isEqualTo("true");

        driver.findElements(By.cssSelector(".chip")).get(0).click();
        waiting()
                .until(d -> !d.getCurrentUrl().contains("category") && entries().size() == 20);
        driver.findElement(By.id("more")).click();
        waiting().until(d -> entries().size() >= 27);
        Opened secondPage = openEntry(24);
        driver.navigate().back();
        waiting().until(d -> entries().size() >= 27 && Math.abs(scrollY() - secondPage.scrollY()) <= 2);
        assertThat(entryIds()).contains(secondPage.id());
    }

    @Test
    void anArticleUrlOpensDirectlyWithItsWholeTextAndColourEmoji() throws Exception {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(base + "articles/" + FeedFixtures.RICH_ID);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("搜索引擎的工作原理");
        assertThat(driver.findElement(By.cssSelector(".meta .author")).getText())
                .contains("韩梅梅");
        assertThat(driver.findElement(By.cssSelector(".meta .category")).getText())
                .isEqualTo("Infrastructure");
        assertThat(driver.findElements(By.cssSelector(".tags .tag")))
                .extracting(WebElement::getText)
                .containsExactly("search");
        assertThat(driver.findElements(By.cssSelector(".text p"))).hasSize(3);
        assertThat(driver.findElement(By.cssSelector(".text .placeholder.code")).getText())
                .isEqualTo("[代码]");
        assertThat(driver.findElement(By.cssSelector(".text")).getText()).contains("🚀");
        assertThat(drawsColourEmoji("🚀"))
                .as("emoji drawn by a colour emoji font (fonts-noto-color-emoji)")
                .isTrue();
        assertThat(drawsColourEmoji("□ A"))
                .as("the check itself: monochrome text is not colour")
                .isFalse();
        screenshot("article-page.png");

        driver.manage().window().setSize(new Dimension(390, 844));
        driver.navigate().refresh();
        Object fits = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("no horizontal scrolling on a phone-sized screen").isEqualTo(true);
        screenshot("article-page-phone.png");

        driver.findElement(By.cssSelector(".back a")).click();
        waiting().until(d -> !entries().isEmpty());
    }

    @Test
    void aHostileArticleStaysInertOnItsPageAndAnUnknownIdGetsA404Page() throws Exception {
        driver.get(base + "articles/" + FeedFixtures.HOSTILE_ID);
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("<script>");
        WebElement body = driver.findElement(By.cssSelector("section.text.rendered"));
        assertThat(body.getText()).contains("正文").contains("盖住").contains("点我");
        assertThat(driver.findElements(By.cssSelector("main script, main iframe, main svg, main style, main form, "
                        + "main button, main object, main base, main maction, main [onerror], main [onmouseover], main [style], "
                        + "main b, .text math [href], .text .math-inline a")))
                .isEmpty();
        assertThat(driver.findElements(By.cssSelector(".text a[href]")))
                .extracting(a -> a.getAttribute("href"))
                .allMatch(href -> href.startsWith("https://") || href.startsWith("http://"));
        assertThat(driver.findElements(By.cssSelector(".source a")))
                .as("a javascript: source is no link")
                .isEmpty();
        for (WebElement link : driver.findElements(By.cssSelector(".text a"))) {
            link.click();
        }
        new Actions(driver)
                .moveToElement(driver.findElement(By.xpath("//div[contains(., '盖住')]")))
                .perform();
        driver.findElement(By.cssSelector(".meta .author")).click();
        assertThat(driver.getCurrentUrl()).endsWith("/articles/" + FeedFixtures.HOSTILE_ID);
        assertThat(((JavascriptExecutor) driver).executeScript("return window.__pwned === undefined"))
                .isEqualTo(true);

        driver.get(base + "articles/no-such-article");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("No such article");
    }

    /**
     * A real article (the sample with code, a table and formulas) as the extractor renders it: its structure
     * on the page, its TeX typeset by KaTeX as MathML and its code highlighted, all served by feed-service.
     */
    @Test
    void anArticleWithCodeATableAndFormulasIsRenderedTypesetAndHighlighted() throws Exception {
        EnrichedArticle article = FeedFixtures.rendered();
        FeedFixtures.indexNow(feed.client, feed.index, article);
        try {
            driver.manage().window().setSize(new Dimension(1280, 1400));
            driver.get(base + "articles/" + article.getId());
            waiting()
                    .until(d -> !d.findElements(By.cssSelector(".text .math-display math"))
                                    .isEmpty()
                            && !d.findElements(By.cssSelector(".text pre code.hljs"))
                                    .isEmpty());
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(article.getTitle());
            assertThat(driver.findElements(By.cssSelector(".text h2"))).hasSizeGreaterThanOrEqualTo(2);
            assertThat(driver.findElements(By.cssSelector(".text table tr"))).hasSizeGreaterThanOrEqualTo(3);
            assertThat(driver.findElements(By.cssSelector(".text .placeholder")))
                    .isEmpty();
            assertThat(driver.findElements(
                            By.cssSelector(".text pre[data-language=bash] code.hljs span[class^=hljs-]")))
                    .as("the code highlighted")
                    .isNotEmpty();
            WebElement display = driver.findElement(By.cssSelector(".text .math-display math"));
            assertThat(display.getAttribute("display")).isEqualTo("block");
            assertThat(display.getSize().getHeight()).as("the formula drawn").isGreaterThan(10);
            assertThat(driver.findElements(By.cssSelector(".text .math-inline math")))
                    .hasSize(article.getInlineMathCount());
            assertThat(driver.findElements(By.cssSelector(".text .katex-error")))
                    .isEmpty();
            screenshot("article-rendered.png");

            driver.manage().window().setSize(new Dimension(390, 844));
            driver.navigate().refresh();
            waiting()
                    .until(d -> !d.findElements(By.cssSelector(".text .math-display math"))
                            .isEmpty());
            Object fits = ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
            assertThat(fits)
                    .as("no horizontal scrolling on a phone-sized screen: wide code and tables scroll inside")
                    .isEqualTo(true);
            ((JavascriptExecutor) driver).executeScript("document.querySelector('.text table').scrollIntoView()");
            screenshot("article-rendered-phone.png");
        } finally {
            feed.client.delete(
                    d -> d.index(feed.index.writeAlias()).id(article.getId()).refresh(Refresh.True));
        }
    }
}
