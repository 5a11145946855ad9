package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.config.SandboxCommandLine;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox as a newcomer uses it, in a real headless Chromium: join by the course link, set a time zone with the
 * reply keyboard, jump three days and see the catch-up message, press Done, type a command with Enter, upload a
 * broken course file as the creator and see what is wrong with it. Screenshots go to
 * {@code bot/target/sandbox-screenshots/} and must show something (not a blank page).
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} ({@code .ci/run} installs them); without them the
 * test is skipped with a warning saying how to install them. Selenium Manager downloads nothing: the driver and
 * the browser are given by path.
 */
class SandboxBrowserTests {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxBrowserTests.class);
    private static final Path CHROMIUM = Path.of(System.getProperty("paceline.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("paceline.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "sandbox-screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static SandboxCommandLine.Sandbox sandbox;
    private static WebDriver browser;
    private static Path profile;
    /** Why the browser cannot run here, or null. */
    private static String missing;

    @BeforeAll
    static void startSandboxAndBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "SKIPPED the sandbox browser test: no " + (Files.isExecutable(CHROMIUM) ? CHROMEDRIVER : CHROMIUM)
                    + ". Install Chromium and its driver to run it: sudo apt-get install -y chromium chromium-driver "
                    + "(Debian/Ubuntu; .ci/run does this on CI).";
            LOG.warn(message);
            System.err.println("[WARNING] " + message);
            missing = message;
            return;
        }
        // A stopped clock: only the page's jumps move time, so what the test sees does not depend on how fast it runs.
        sandbox = SandboxCommandLine.start(SandboxCommandLine.Options.defaults().port(0).speed(0));
        Files.createDirectories(SCREENSHOTS);
        profile = Files.createTempDirectory("paceline-chromium-");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,860", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    /** In each test, not in {@code @BeforeAll}, so that the build counts the skipped test and shows why. */
    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(missing == null, missing);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void aNewcomerJoinsWatchesDaysComeInSimulatedTimeAndSeesWhatIsWrongWithABrokenCourseFile() throws IOException {
        browser.get(sandbox.url());
        waitFor(driver -> "true".equals(driver.findElement(By.tagName("body")).getAttribute("data-ready")));

        // The Tokyo learner opens the course's join link: /start <code>, as Telegram does with a t.me link.
        persona("tokyo").click();
        browser.findElement(By.cssSelector(".join-link")).click();
        botMessage("Which time zone are you in?");
        WebElement tokyo = waitFor(driver -> driver.findElements(By.cssSelector("#reply-keyboard button")).stream()
                .filter(b -> b.getText().equals("Asia/Tokyo")).findFirst().orElse(null));
        tokyo.click();
        botMessage("Time zone set: Asia/Tokyo");
        WebElement dayOne = botMessage("day 1 of 10");
        assertThat(dayOne.getText()).contains("Wake the starter");
        assertThat(browser.findElement(By.id("sim-time")).getText()).contains("4 Jan 2027").contains("06:00");
        screenshot("1-joined-and-day-one.png");

        // Three days later (simulated): the missed days come as one friendly message, not three.
        for (int day = 0; day < 3; day++) {
            browser.findElement(By.id("jump-day")).click();
            int expectedDay = 5 + day;
            waitFor(driver -> driver.findElement(By.id("sim-time")).getText().contains(expectedDay + " Jan 2027"));
        }
        WebElement catchUp = waitFor(driver -> botMessages().stream()
                .filter(m -> m.getText().contains("📬") || m.getText().contains("behind in")).findFirst().orElse(null));
        assertThat(catchUp.getText()).contains("10-day sourdough challenge");
        assertThat(catchUp.findElements(By.cssSelector(".inline-keyboard button"))).isNotEmpty();
        screenshot("2-three-days-later.png");

        // Done on day 1: the bot answers the press and the button goes away (the message is edited in place).
        dayOne = botMessage("day 1 of 10");
        WebElement done = dayOne.findElements(By.cssSelector(".inline-keyboard button")).stream()
                .filter(b -> b.getText().startsWith("Done")).findFirst().orElseThrow();
        done.click();
        waitFor(driver -> driver.findElement(By.id("toast")).getText().contains("Day 1 done"));
        waitFor(driver -> botMessage("day 1 of 10").findElements(By.cssSelector(".inline-keyboard button")).stream()
                .noneMatch(b -> b.getText().startsWith("Done")));
        assertThat(botMessage("day 1 of 10").getText()).contains("edited");

        // Enter sends what was typed.
        WebElement input = browser.findElement(By.id("text-input"));
        input.sendKeys("/catchup", Keys.ENTER);
        botMessage("open for you until");
        screenshot("3-done-and-catchup.png");

        // The creator sends a broken course file and is told what is wrong, with the line.
        persona("creator").click();
        botMessage("Course Sourdough sandbox is ready");
        Path broken = Files.createTempFile("broken-course-", ".yaml");
        Files.writeString(broken, "course:\n  title: Broken\n\tcode: oops\n", StandardCharsets.UTF_8);
        browser.findElement(By.id("file-input")).sendKeys(broken.toAbsolutePath().toString());
        WebElement refused = botMessage("I couldn't import this course file");
        assertThat(refused.getText()).contains("Line 3").contains("tab");
        screenshot("4-broken-course-file.png");

        for (String name : List.of("1-joined-and-day-one.png", "2-three-days-later.png", "3-done-and-catchup.png",
                "4-broken-course-file.png")) {
            assertShowsSomething(SCREENSHOTS.resolve(name));
        }
    }

    private static WebElement persona(String key) {
        return browser.findElement(By.cssSelector("button.persona[data-persona='" + key + "']"));
    }

    private static List<WebElement> botMessages() {
        return browser.findElements(By.cssSelector("#messages .msg.bot"));
    }

    /** The newest bot message in the open chat that contains {@code text}, waiting for it. */
    private static WebElement botMessage(String text) {
        return waitFor(driver -> {
            List<WebElement> matching = botMessages().stream().filter(m -> m.getText().contains(text)).toList();
            return matching.isEmpty() ? null : matching.get(matching.size() - 1);
        });
    }

    private static <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name), png);
    }

    /** A blank or failed page renders in one or two colours; the chat, its bubbles and the time bar in many. */
    private static void assertShowsSomething(Path png) throws IOException {
        assertThat(png).exists();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as(png + " is a PNG").isNotNull();
        assertThat(image.getWidth()).isGreaterThan(600);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("distinct colours in " + png).isGreaterThan(50);
    }
}
