package io.followthrough.devhost.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.devhost.TestDevHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Alice creates a page, inserts ft-purpose through the Insert macro dialog, saves and sees it rendered. */
class InsertPurposeMacroBrowserTest {
    private static TestDevHost devhost;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        devhost = TestDevHost.start();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        devhost.close();
    }

    private static WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    @Test
    void aliceInsertsAPurposeThroughTheMacroBrowserAndSeesItRendered() {
        browser.get(devhost.url("/display/DEMO").toString());
        waitFor(By.id("os_username")).sendKeys("alice");
        browser.findElement(By.id("os_password")).sendKeys("alice");
        browser.findElement(By.id("loginButton")).click();

        waitFor(By.id("create-page")).click();
        waitFor(By.id("content-title")).sendKeys("Partner programme");
        browser.findElement(By.id("wysiwygTextarea")).sendKeys("<p>Why we run a partner programme.</p>");

        browser.findElement(By.id("insert-macro")).click();
        waitFor(By.cssSelector("#macro-browser-list button[data-macro-name='ft-purpose']")).click();
        new Select(waitFor(By.id("macro-param-sponsor"))).selectByVisibleText("Carol Chen (carol)");
        browser.findElement(By.id("macro-param-until")).sendKeys("2099-03-31");
        browser.findElement(By.id("macro-param-body")).sendKeys("Grow revenue through ten active partners.");
        Browser.screenshot(browser, "insert-macro-dialog");
        browser.findElement(By.id("macro-browser-insert")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("macro-browser-dialog")));

        String storage = browser.findElement(By.id("wysiwygTextarea")).getDomProperty("value");
        assertThat(storage).contains("ac:name=\"ft-purpose\"").containsPattern("ac:macro-id=\"[0-9a-f-]{36}\"")
                .contains("<ri:user ri:userkey=\"" + devhost.user("carol").key().getStringValue() + "\"/>");
        browser.findElement(By.id("rte-button-publish")).click();

        WebElement purpose = waitFor(By.cssSelector("#main-content .ft-purpose"));
        assertThat(browser.findElement(By.id("title-text")).getText()).isEqualTo("Partner programme");
        assertThat(purpose.findElement(By.cssSelector(".ft-purpose-statement")).getText())
                .isEqualTo("Grow revenue through ten active partners.");
        assertThat(purpose.findElement(By.cssSelector(".ft-user")).getText()).isEqualTo("Carol Chen");
        assertThat(purpose.findElement(By.cssSelector(".ft-until")).getText()).isEqualTo("Until 31 Mar 2099");
        assertThat(purpose.findElements(By.cssSelector(".aui-message"))).isEmpty();
        Path shot = Browser.screenshot(browser, "purpose-rendered");
        assertThat(shot).satisfies(p -> assertThat(Files.size(p)).isPositive());
    }

    @Test
    void daveDoesNotSeeTheRestrictedPage() throws Exception {
        long restricted = devhost.host().app().pages()
                .byTitle(devhost.demoSpace().getId(), "Board pack (restricted)").orElseThrow().id();

        assertThat(devhost.get("/display/DEMO", "dave").body()).doesNotContain("Board pack");
        assertThat(devhost.get("/pages/viewpage.action?pageId=" + restricted, "dave").statusCode()).isEqualTo(404);
        assertThat(devhost.get("/pages/viewpage.action?pageId=" + restricted, "bob").statusCode()).isEqualTo(200);
    }
}
