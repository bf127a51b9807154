package io.followthrough.devhost.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.followthrough.devhost.TestDevHost;
import io.followthrough.devhost.data.PageRecord;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by its matching chromedriver. Both paths are given explicitly:
 * Selenium would otherwise try to download a driver, which this network does not allow.
 */
final class Browser {
    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private Browser() {
    }

    static ChromeDriver start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver packages "
                    + "(apt-get install chromium chromium-driver); .ci/run installs them.");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(0));
        return driver;
    }

    /** Waits up to 15 s, ignoring elements a macro swapped out meanwhile (it replaces its live part after each change). */
    static WebDriverWait waiting(ChromeDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * Logs in with the form as a demo user (password = username), opens the page and waits for
     * {@code ready}; then marks the window, so {@link #notReloaded} tells whether the page was reloaded since.
     */
    static void logInAs(ChromeDriver driver, TestDevHost devhost, String username, PageRecord page, By ready) {
        driver.manage().deleteAllCookies();
        driver.get(devhost.url("/pages/viewpage.action?pageId=" + page.id()).toString());
        waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("os_username"))).sendKeys(username);
        driver.findElement(By.id("os_password")).sendKeys(username);
        driver.findElement(By.id("loginButton")).click();
        waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(ready));
        driver.executeScript("window.followThroughNoReload = true;");
    }

    static boolean notReloaded(ChromeDriver driver) {
        return Boolean.TRUE.equals(driver.executeScript("return window.followThroughNoReload === true;"));
    }

    /** Saves a screenshot under target/screenshots so a person can look at what the test saw. */
    static Path screenshot(ChromeDriver driver, String name) {
        try {
            Path dir = Path.of(System.getProperty("devhost.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
