package io.followthrough.devhost.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.devhost.TestDevHost;
import io.followthrough.devhost.data.PageRecord;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A status update as people make it: carol owns an outcome and sets it to at-risk with a note in
 * the status dialog; the page shows the new status and the history without a reload. bob, who
 * neither owns the outcome nor sponsors the page's purpose, gets no button, and the REST client
 * is refused with 403 when he tries anyway.
 */
class OutcomeStatusBrowserTest {
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

    private static WebDriverWait waiting() {
        return Browser.waiting(browser);
    }

    private static void logInAs(String username, PageRecord page) {
        Browser.logInAs(browser, devhost, username, page, By.cssSelector(".ft-outcome-live"));
    }

    /** The status as written, not as AUI's lozenge style shows it (upper case). */
    private static String status() {
        return browser.findElement(By.cssSelector(".ft-outcome-live .ft-status")).getDomProperty("textContent").strip();
    }

    @Test
    void carolSetsHerOutcomeAtRiskWithANoteAndBobCannot() {
        String carolKey = devhost.user("carol").key().getStringValue();
        String aliceKey = devhost.user("alice").key().getStringValue();
        PageRecord page = devhost.createPage("Partner launch", "<ac:structured-macro ac:name=\"ft-purpose\" ac:macro-id=\"pl-p\">"
                + "<ac:parameter ac:name=\"sponsor\"><ri:user ri:userkey=\"" + aliceKey + "\"/></ac:parameter>"
                + "<ac:parameter ac:name=\"until\">2099-12-31</ac:parameter>"
                + "<ac:rich-text-body><p>Launch with partners.</p></ac:rich-text-body></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"ft-outcome\" ac:macro-id=\"pl-o\">"
                + "<ac:parameter ac:name=\"title\">Ten partners live</ac:parameter>"
                + "<ac:parameter ac:name=\"owner\"><ri:user ri:userkey=\"" + carolKey + "\"/></ac:parameter>"
                + "<ac:parameter ac:name=\"due\">2099-06-30</ac:parameter>"
                + "<ac:rich-text-body><p>Ten partners sell the product.</p></ac:rich-text-body></ac:structured-macro>");

        logInAs("carol", page);
        assertThat(status()).isEqualTo("Planned");
        browser.findElement(By.cssSelector(".ft-outcome-live .ft-set-status")).click();
        WebElement dialog = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ft-status-dialog")));
        new Select(dialog.findElement(By.cssSelector(".ft-status-select"))).selectByValue("at-risk");
        dialog.findElement(By.cssSelector(".ft-status-note")).sendKeys("Two partners are still in legal review.");
        Browser.screenshot(browser, "outcome-status-dialog");
        dialog.findElement(By.cssSelector(".ft-status-save")).click();

        waiting().until(driver -> "At risk".equals(status()));
        assertThat(Browser.notReloaded(browser)).as("the macro updated without a page reload").isTrue();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ft-status-dialog")));
        assertThat(browser.findElement(By.cssSelector(".ft-outcome-live .ft-latest-note")).getText())
                .isEqualTo("Two partners are still in legal review.");
        browser.findElement(By.cssSelector(".ft-outcome-live .ft-history summary")).click();
        assertThat(browser.findElement(By.cssSelector(".ft-outcome-live .ft-history")).getText())
                .contains("Carol Chen set the status to At risk").contains("Two partners are still in legal review.");
        Browser.screenshot(browser, "outcome-at-risk");

        logInAs("bob", page);
        assertThat(status()).isEqualTo("At risk");
        assertThat(browser.findElements(By.cssSelector(".ft-outcome-live .ft-set-status"))).as("bob has no button").isEmpty();
        String id = browser.findElement(By.cssSelector(".ft-outcome-live")).getDomAttribute("data-outcome-id");
        Object refused = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "window.FollowThrough.rest.post('/outcomes/" + id + "/status', {status: 'on-track', note: '', expectedVersion: 2})"
                + ".then(function () { done({status: 200}); }, function (error) { done(error); });");
        assertThat(refused).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) refused).get("status")).isEqualTo(403L);
        assertThat(((Map<?, ?>) refused).get("field")).isEqualTo("status");
        browser.navigate().refresh();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ft-outcome-live")));
        assertThat(status()).as("nothing changed").isEqualTo("At risk");
    }

    @Test
    void aMissingNoteIsShownInAFlagAndTheDialogStaysOpen() {
        String carolKey = devhost.user("carol").key().getStringValue();
        PageRecord page = devhost.createPage("Flag me", "<ac:structured-macro ac:name=\"ft-outcome\" ac:macro-id=\"fm-o\">"
                + "<ac:parameter ac:name=\"title\">Flagged</ac:parameter>"
                + "<ac:parameter ac:name=\"owner\"><ri:user ri:userkey=\"" + carolKey + "\"/></ac:parameter>"
                + "<ac:rich-text-body><p>Needs a note.</p></ac:rich-text-body></ac:structured-macro>");
        logInAs("carol", page);

        browser.findElement(By.cssSelector(".ft-outcome-live .ft-set-status")).click();
        WebElement dialog = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ft-status-dialog")));
        new Select(dialog.findElement(By.cssSelector(".ft-status-select"))).selectByValue("off-track");
        dialog.findElement(By.cssSelector(".ft-status-save")).click();

        WebElement flag = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".aui-flag")));
        assertThat(flag.getText()).contains("The status was not updated").contains("needs a note");
        assertThat(dialog.isDisplayed()).isTrue();
        dialog.findElement(By.cssSelector(".ft-status-note")).sendKeys("Budget cut.");
        dialog.findElement(By.cssSelector(".ft-status-save")).click();
        waiting().until(driver -> "Off track".equals(status()));
    }
}
