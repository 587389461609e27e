package org.warta.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.warta.app.server.ServiceFixture;

/**
 * The web UI in a real browser (Debian's chromium, headless, through chromedriver): a reader's path through the
 * site, and a stored article full of scripts, event handlers and javascript: links that must not run anywhere.
 * Skipped when chromium or chromedriver is not installed ({@code .ci/run} installs them). On failure a screenshot
 * is kept in {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(BrowserTest.Screenshots.class)
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private ServiceFixture service;
    private WebDriver driver;

    @BeforeAll
    void start(@TempDir Path dir) {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        System.setProperty("SE_OFFLINE", "true");
        service = new ServiceFixture(dir, 1 << 20);
        service.store.putArticles(List.of(Hostile.article()));
        service.store.putStories(List.of(Hostile.story()));
        for (String json : List.of("""
                {"title": "Rusia dan Korut teken pakta", "outlet": "Kabar Satu", "published": "2024-06-19T10:00:00+07:00",
                 "url": "https://kabar-satu.example/pakta",
                 "text": "Vladimir Putin bertemu Kim Jong Un di Pyongyang. \\"Perjanjian ini defensif,\\" kata Kim Jong Un."}""", """
                {"title": "Rusia janjikan bantuan militer", "outlet": "Kabar Dua", "published": "2024-06-19T13:00:00+07:00",
                 "text": "Vladimir Putin menjanjikan bantuan. Kim Jong Un menyebut pakta itu bersejarah."}""")) {
            assertThat(service.post("/api/articles", "application/json", json).statusCode()).isEqualTo(201);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1600");
        ChromeDriverService driverService = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(driverService, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Screenshots.driver = driver;
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.close();
        }
    }

    private void open(String path) {
        driver.get(service.base() + path);
    }

    @Test
    void aReaderGoesFromTheFrontPageToAStoryToAnArticleAndSearches() {
        open("/?ui=id"); // headless chromium asks for English; the reader picks Indonesian
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Cerita terkini");
        WebElement rusia = driver.findElements(By.cssSelector("a.headline")).stream()
                .filter(a -> a.getText().startsWith("Rusia")).findFirst().orElseThrow();
        rusia.click();
        assertThat(driver.getCurrentUrl()).contains("/stories/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Rusia dan Korut teken pakta");
        assertThat(driver.findElements(By.cssSelector("section.summary li"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("table.matrix tbody tr"))).hasSize(2);

        driver.findElement(By.cssSelector("section.summary a.cite")).click();
        assertThat(driver.getCurrentUrl()).contains("/articles/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Rusia dan Korut teken pakta");
        WebElement kim = driver.findElements(By.cssSelector(".text a.ent")).stream()
                .filter(a -> a.getText().equals("Kim Jong Un")).findFirst().orElseThrow();
        assertThat(driver.findElement(By.cssSelector(".text q.quote")).getText()).contains("Perjanjian ini defensif");
        kim.click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Kim Jong Un");
        assertThat(driver.findElements(By.cssSelector("svg.entity-chart rect"))).isNotEmpty();

        WebElement box = driver.findElement(By.cssSelector("form.searchbox input[name=q]"));
        box.sendKeys("pyongyang");
        box.submit();
        // a form submission returns before the next page has loaded: wait for it (not a fixed sleep)
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/search?q=pyongyang"));
        assertThat(driver.getCurrentUrl()).contains("/search?q=pyongyang");
        assertThat(driver.findElements(By.cssSelector("li.hit"))).hasSize(1);
        assertThat(driver.findElement(By.cssSelector("li.hit mark")).getText()).isEqualTo("Pyongyang");

        driver.findElement(By.cssSelector("nav.langs a[hreflang=en]")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Search");
        open("/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).as("the choice is remembered")
                .isEqualTo("Latest stories");
        open("/?ui=id");
    }

    @Test
    void hostileArticleContentNeverRuns() {
        for (String path : List.of("/", "/stories/evil-story", "/articles/evil-1", "/search?q=Pembukaan",
                "/search?q=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E", "/entities/" + Html.segment(Hostile.EVIL_NAME))) {
            open(path);
            // hover and click everything a reader could touch
            for (WebElement e : driver.findElements(By.cssSelector("main a, main q, main b, main img, main svg"))) {
                try {
                    new org.openqa.selenium.interactions.Actions(driver).moveToElement(e).perform();
                } catch (RuntimeException ignored) {
                    // not hoverable (hidden, zero size)
                }
            }
            assertNothingRan(path);
        }
        open("/articles/evil-1");
        String text = driver.findElement(By.cssSelector(".text")).getText();
        assertThat(text).as("the markup is shown as text").contains("<script>window.__pwned='script'</script>")
                .contains("onerror=");
        assertThat(driver.findElements(By.cssSelector("p.original a"))).as("javascript: URL is not linked").isEmpty();
    }

    private void assertNothingRan(String path) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        try {
            driver.switchTo().alert();
            throw new AssertionError(path + ": an alert opened");
        } catch (NoAlertPresentException expected) {
            // good
        }
        assertThat(js.executeScript("return typeof window.__pwned")).as(path).isEqualTo("undefined");
        assertThat(driver.findElements(By.tagName("script"))).as(path + ": script elements").isEmpty();
        Object handlers = js.executeScript("""
                let n = 0;
                for (const el of document.querySelectorAll('*')) {
                  for (const a of el.attributes) { if (a.name.toLowerCase().startsWith('on')) n++; }
                }
                for (const a of document.querySelectorAll('a[href]')) {
                  if (a.getAttribute('href').trim().toLowerCase().startsWith('javascript:')) n++;
                }
                return n;""");
        assertThat(((Number) handlers).intValue()).as(path + ": event handlers and javascript: links").isZero();
    }

    /** Saves a screenshot of the browser when a test fails. */
    static final class Screenshots implements TestWatcher {
        static WebDriver driver;

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (driver instanceof TakesScreenshot shot) {
                try {
                    Path dir = Path.of("target", "screenshots");
                    Files.createDirectories(dir);
                    Path file = dir.resolve(context.getRequiredTestMethod().getName() + ".png");
                    Files.write(file, shot.getScreenshotAs(OutputType.BYTES));
                    System.err.println("screenshot: " + file.toAbsolutePath());
                } catch (Exception e) {
                    System.err.println("could not save a screenshot: " + e);
                }
            }
        }
    }

    static Optional<WebDriver> driver() {
        return Optional.ofNullable(Screenshots.driver);
    }
}
