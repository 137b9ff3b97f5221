package io.interdict.console.kit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its chromedriver (both installed by scripts/chromium), with a
 * fresh profile and Chromium's own network services off, so the only host it talks to is the server
 * under test. Screenshots go to target/console-screenshots; {@link #axe} runs axe-core on the page.
 */
public final class Browser implements AutoCloseable {
    public static final Path SHOTS = Path.of("target", "console-screenshots");
    private static String axeSource;

    public final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private Browser(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    /**
     * Starts Chromium, or skips the test when it is not installed outside CI. In CI (CI=true) a missing
     * browser fails: the browser tests must run there.
     */
    public static Browser start(String base) {
        Path driverPath = Path.of(System.getenv().getOrDefault("INTERDICT_CHROMEDRIVER", "/usr/bin/chromedriver"));
        Path chromium = Path.of(System.getenv().getOrDefault("INTERDICT_CHROMIUM", "/usr/bin/chromium"));
        boolean present = Files.isExecutable(driverPath) && Files.isExecutable(chromium);
        if (!present) {
            String msg = "Chromium or chromedriver not found (" + chromium + ", " + driverPath + "): run scripts/chromium";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(msg + "; the console's browser tests must run in CI");
            }
            Assumptions.abort("skipping the console's browser tests: " + msg);
        }
        try {
            Path profile = Files.createTempDirectory("interdict-chromium");
            ChromeOptions o = new ChromeOptions();
            o.setBinary(chromium.toFile());
            o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-default-apps", "--disable-extensions", "--no-default-browser-check", "--disable-dev-shm-usage",
                    "--window-size=1280,1400", "--user-data-dir=" + profile.toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverPath.toFile())
                    .usingAnyFreePort().build();
            ChromeDriver d = new ChromeDriver(service, o);
            d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            d.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            Files.createDirectories(SHOTS);
            return new Browser(d, profile, base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void open(String path) {
        driver.get(base + path);
    }

    /** The element, waiting for it to appear (a click that navigates returns before the next page is parsed). */
    public WebElement find(String css) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** Clicks a link or button that loads another URL, and waits until it has. */
    public void clickToNavigate(String css) {
        String before = driver.getCurrentUrl();
        find(css).click();
        waiting().until(d -> !d.getCurrentUrl().equals(before) && "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Waits until the element's text is {@code text} (after an action that reloads the page). */
    public void awaitText(String css, String text) {
        waiting().until(ExpectedConditions.textToBe(By.cssSelector(css), text));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public void signIn(String name, String password) {
        open("/signin");
        find("#name").sendKeys(name);
        find("#password").sendKeys(password);
        find("#signin-password").click();
        awaitSignInAnswer();
    }

    /** Signed in (the header names the user) or refused (an error on the sign-in page). */
    private void awaitSignInAnswer() {
        waiting().until(d -> !d.findElements(By.cssSelector(".who")).isEmpty() || !d.findElements(By.cssSelector("#page-error")).isEmpty());
    }

    public void signInWithKey(String key) {
        open("/signin");
        find("#api_key").sendKeys(key);
        find("#signin-key").click();
        awaitSignInAnswer();
    }

    public void signOut() {
        find(".signout button").click();
        waiting().until(d -> d.findElements(By.cssSelector(".who")).isEmpty());
    }

    public void screenshot(String name) {
        try {
            Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets an input's value and fires the events a user's edit fires (date inputs' typing is locale-dependent). */
    public void setValue(String css, String value) {
        ((JavascriptExecutor) driver).executeScript("const e = document.querySelector(arguments[0]); e.value = arguments[1];"
                + "e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));", css, value);
    }

    /**
     * Runs axe-core (vendored from npm, test resources) on the current page and returns the serious and
     * critical violations as "rule: description (n nodes)".
     */
    @SuppressWarnings("unchecked")
    public List<String> axe() {
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        Object r = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                + " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)})))).catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));");
        List<String> out = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) r) {
            String impact = String.valueOf(v.get("impact"));
            if (impact.equals("serious") || impact.equals("critical")) {
                out.add(v.get("id") + " (" + impact + "): " + v.get("help") + " at " + v.get("nodes"));
            }
        }
        return out;
    }

    private static synchronized String axeSource() {
        if (axeSource == null) {
            try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile is harmless.
        }
    }
}
