package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.JarProcess;
import dev.tarjama.testing.Samples;
import dev.tarjama.testing.SystemPackage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The review desk as an editor uses it: {@code tarjama serve} from the packaged jar, driven in Debian's Chromium by
 * its chromium-driver. Open the list, open the article, correct a paragraph, save, reload: the text is there, marked
 * as a person's, in {@code article.json} and {@code bilingual.html} too; search finds it; the Arabic runs right to
 * left; nothing overflows a 420-pixel screen.
 */
class ReviewDeskBrowserIT {
    private static final Pattern READY = Pattern.compile("review desk at (http://\\S+)");
    private static final String WORD = "axolotl";

    @TempDir
    Path dir;

    @Test
    void anEditorCorrectsAParagraphInTheBrowser() throws Exception {
        Path chromium = SystemPackage.executable("chromium", "chromium");
        Path driverBinary = SystemPackage.executable("chromedriver", "chromium-driver");
        Samples.copyCodeRed(dir, "code-red.ar.txt");
        try (FakeProvider fake = new FakeProvider()) {
            CliRun.Result translated =
                    new CliRun(dir).perParagraph().against(fake).run("translate", "code-red.ar.txt", "-o", "out");
            assertThat(translated.exitCode()).as(translated.err()).isEqualTo(ExitCodes.OK);
        }
        long started = System.nanoTime();
        JarProcess serve =
                JarProcess.start(dir, Map.of("TARJAMA_LEXICON", "off"), List.of(), "serve", "-o", "out", "--port", "0");
        String address = null;
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (address == null
                    && System.nanoTime() < deadline
                    && serve.process().isAlive()) {
                Matcher ready = READY.matcher(serve.stdout());
                if (ready.find()) {
                    address = ready.group(1);
                } else {
                    Thread.sleep(20);
                }
            }
            assertThat(address).as(serve.stderr()).isNotNull();
            System.out.printf(
                    "review desk: ready %.0f ms after the process started (JVM start-up included)%n",
                    (System.nanoTime() - started) / 1e6);

            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(driverBinary.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeOptions options = new ChromeOptions()
                    .setBinary(chromium.toFile())
                    .addArguments(
                            "--headless=new",
                            "--no-sandbox",
                            "--disable-dev-shm-usage",
                            "--window-size=1200,900",
                            "--user-data-dir=" + dir.resolve("profile"));
            ChromeDriver browser = new ChromeDriver(service, options);
            try {
                browser.get(address);
                WebElement link = browser.findElement(By.cssSelector("table.list a[href^='/a/']"));
                link.click();
                assertThat(browser.getCurrentUrl()).contains("/a/code-red.ar/");

                WebElement paragraph = browser.findElement(By.id("p2"));
                WebElement source = paragraph.findElement(By.cssSelector("div[lang=ar]"));
                assertThat(source.getAttribute("dir")).isEqualTo("rtl");
                assertThat(source.getCssValue("direction")).isEqualTo("rtl");
                String text = "The minister said the " + WORD + " programme would start in the spring.";
                WebElement area = paragraph.findElement(By.tagName("textarea"));
                area.clear();
                area.sendKeys(text);
                paragraph.findElement(By.cssSelector("button[value=save]")).click();

                browser.navigate().refresh();
                WebElement saved = browser.findElement(By.id("p2"));
                assertThat(saved.findElement(By.tagName("textarea")).getAttribute("value"))
                        .isEqualTo(text);
                assertThat(saved.getText()).contains("Edited by a person");
                Path folder = dir.resolve("out").resolve("code-red.ar");
                assertThat(Files.readString(folder.resolve("article.json"), StandardCharsets.UTF_8))
                        .contains(text);
                assertThat(Files.readString(folder.resolve("bilingual.html"), StandardCharsets.UTF_8))
                        .contains(text);
                // the README's picture: the article's top, its brief and first paragraphs, the edit among them
                browser.manage().window().setSize(new Dimension(1200, 1500));
                browser.get(address + "a/code-red.ar/");
                Files.write(
                        Path.of("target", "review-desk.png"),
                        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

                browser.get(address + "search?q=" + WORD);
                assertThat(browser.findElements(By.tagName("mark")))
                        .extracting(WebElement::getText)
                        .contains(WORD);

                browser.manage().window().setSize(new Dimension(420, 900));
                for (String page : List.of(address, address + "a/code-red.ar/", address + "search?q=" + WORD)) {
                    browser.get(page);
                    Object overflow = ((JavascriptExecutor) browser)
                            .executeScript(
                                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                    assertThat(((Number) overflow).intValue())
                            .as("horizontal overflow of " + page)
                            .isLessThanOrEqualTo(0);
                }
            } finally {
                browser.quit();
            }
        } finally {
            serve.process().destroy();
            assertThat(serve.exited(10)).isTrue();
        }
    }
}
