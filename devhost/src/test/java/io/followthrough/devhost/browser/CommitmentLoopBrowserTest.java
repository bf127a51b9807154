package io.followthrough.devhost.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.devhost.TestDevHost;
import io.followthrough.devhost.data.PageRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The commitment loop as people click it: alice asks bob, bob accepts and marks done, alice
 * acknowledges, then alice changes the due date and bob must accept again. Every move updates the
 * macro in place; a marker set on the window proves the page was not reloaded.
 */
class CommitmentLoopBrowserTest {
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
        Browser.logInAs(browser, devhost, username, page, By.cssSelector(".ft-action-item"));
    }

    private static void click(String move) {
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ft-action-item .ft-move[data-move='" + move + "']")))
                .click();
    }

    /** The state as written, not as AUI's lozenge style shows it (upper case). */
    private static String state() {
        return browser.findElement(By.cssSelector(".ft-action-item .ft-state")).getDomProperty("textContent").strip();
    }

    private static void waitForState(String label) {
        waiting().until(driver -> label.equals(state()));
        assertThat(Browser.notReloaded(browser)).as("the macro updated without a page reload").isTrue();
    }

    private static boolean hasButton(String move) {
        return !browser.findElements(By.cssSelector(".ft-action-item .ft-move[data-move='" + move + "']")).isEmpty();
    }

    @Test
    void bobAcceptsAndDeliversAliceAcknowledgesThenANewDateMustBeAcceptedAgain() throws Exception {
        String bobKey = devhost.user("bob").key().getStringValue();
        String storage = "<p>Release notes for 3.0</p><ac:structured-macro ac:name=\"ft-action\" ac:schema-version=\"1\""
                + " ac:macro-id=\"release-notes\"><ac:parameter ac:name=\"owner\"><ri:user ri:userkey=\"" + bobKey
                + "\"/></ac:parameter><ac:parameter ac:name=\"due\">2099-07-01</ac:parameter>"
                + "<ac:rich-text-body><p>Write the release notes.</p></ac:rich-text-body></ac:structured-macro>";
        PageRecord page = devhost.createPage("Release 3.0", storage);

        logInAs("bob", page);
        assertThat(state()).isEqualTo("Requested");
        click("accept");
        waitForState("Accepted");
        Browser.screenshot(browser, "action-accepted-by-bob");

        logInAs("alice", page);
        assertThat(hasButton("accept")).as("alice, the requester, has no Accept button").isFalse();
        assertThat(hasButton("cancel")).isTrue();

        logInAs("bob", page);
        click("mark-done");
        waitForState("Done");

        logInAs("alice", page);
        click("acknowledge");
        waitForState("Satisfied");
        Browser.screenshot(browser, "action-satisfied");

        PageRecord current = devhost.host().app().pages().byId(page.id()).orElseThrow();
        devhost.host().app().operations().update(page.id(), current.version(), current.title(),
                current.body().replace("2099-07-01", "2099-07-15"), devhost.user("alice"));

        logInAs("bob", page);
        WebElement changed = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ft-terms-changed")));
        assertThat(changed.findElement(By.cssSelector(".ft-old")).getText()).isEqualTo("1 Jul 2099");
        assertThat(changed.findElement(By.cssSelector(".ft-new")).getText()).isEqualTo("15 Jul 2099");
        assertThat(state()).isEqualTo("Requested");
        assertThat(hasButton("accept")).as("bob must accept the new terms").isTrue();
        Browser.screenshot(browser, "action-terms-changed");
        click("accept");
        waitForState("Accepted");
    }

    @Test
    void aDeclineAsksForAReasonAndAFailedMoveShowsAFlag() throws Exception {
        String bobKey = devhost.user("bob").key().getStringValue();
        PageRecord page = devhost.createPage("Decline me", "<ac:structured-macro ac:name=\"ft-action\" ac:macro-id=\"decl\">"
                + "<ac:parameter ac:name=\"owner\"><ri:user ri:userkey=\"" + bobKey + "\"/></ac:parameter>"
                + "<ac:rich-text-body><p>Paint the shed.</p></ac:rich-text-body></ac:structured-macro>");
        logInAs("bob", page);

        click("decline");
        WebElement form = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ft-move-form")));
        form.findElement(By.cssSelector(".ft-move-send")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".aui-flag")));
        assertThat(browser.findElement(By.cssSelector(".aui-flag")).getText()).contains("reason");

        form.findElement(By.cssSelector(".ft-move-note")).sendKeys("No shed here.");
        form.findElement(By.cssSelector(".ft-move-send")).click();
        waitForState("Declined");
        browser.findElement(By.cssSelector(".ft-history summary")).click();
        assertThat(browser.findElement(By.cssSelector(".ft-history")).getText()).contains("No shed here.");
    }
}
