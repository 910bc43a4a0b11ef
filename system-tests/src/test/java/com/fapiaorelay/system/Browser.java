package com.fapiaorelay.system;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver (no driver download), keeping a screenshot of each
 * key page under {@code target/screenshots} for a person to look at.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String baseUrl;

    private Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    static Browser open(String baseUrl) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1440,1700");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        return new Browser(new ChromeDriver(service, options), baseUrl);
    }

    void go(String path) {
        driver.get(baseUrl + path);
    }

    void logIn(String user, String password) {
        go("/login");
        field("username").sendKeys(user);
        field("password").sendKeys(password);
        driver.findElement(By.id("login")).click();
        await(By.className("user"));
    }

    void logOut() {
        driver.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        await(By.id("login"));
    }

    WebElement field(String name) {
        return driver.findElement(By.name(name));
    }

    /** Replaces what a field holds, as a person selecting its text and typing would. */
    void type(String name, String text) {
        WebElement field = field(name);
        field.clear();
        field.sendKeys(text);
    }

    WebElement await(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits for the text; if it never comes, keeps a screenshot of what the page showed instead. */
    void awaitText(By locator, String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(locator, text));
        } catch (TimeoutException e) {
            screenshot("failed-waiting-for-" + text);
            throw e;
        }
    }

    WebElement find(By locator) {
        return driver.findElement(locator);
    }

    String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** Posts to {@code path} from the page with its CSRF token, as a forged button would, and answers the status. */
    long postFromPage(String path) {
        Object status = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = document.querySelector('meta[name="_csrf"]').content;
                const header = document.querySelector('meta[name="_csrf_header"]').content;
                fetch(arguments[0], {method: 'POST', headers: {[header]: token}}).then(r => done(r.status));
                """, baseUrl + path);
        return (Long) status;
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
