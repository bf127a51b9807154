package io.followthrough.devhost.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.confluence.spaces.Space;
import io.followthrough.devhost.TestDevHost;
import io.followthrough.devhost.actions.ActionPages;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
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
 * The outcome report as a space admin uses it: Space tools → Outcome report, the matrix, a cell's
 * items, the overdue ones, and their CSV, which holds exactly the rows the table shows; in a big
 * space, twelve owners and everyone else, and the expected outcomes a page at a time. Bob, who is
 * no space admin, is refused.
 */
class OutcomeReportBrowserTest {
    private static final String REPORT = "/plugins/servlet/followthrough/report?spaceKey=DEMO";
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
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private static void logInAs(String username, String path) {
        browser.manage().deleteAllCookies();
        browser.get(devhost.url(path).toString());
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("os_username"))).sendKeys(username);
        browser.findElement(By.id("os_password")).sendKeys(username);
        browser.findElement(By.id("loginButton")).click();
    }

    private static List<String> tableIds() {
        return browser.findElements(By.cssSelector("#ft-items-table tbody tr")).stream()
                .map(row -> row.getAttribute("data-item-id")).toList();
    }

    private static List<String> column(String name) {
        return browser.findElements(By.cssSelector("#ft-items-table tbody td.ft-col-" + name)).stream()
                .map(WebElement::getText).toList();
    }

    /** The cell of the matrix for a requester (row) and an owner (column). */
    private static WebElement cell(String requester, String owner) {
        List<String> owners = browser.findElements(By.cssSelector("#ft-matrix thead th.ft-matrix-owner")).stream()
                .map(WebElement::getText).toList();
        WebElement row = browser.findElements(By.cssSelector("#ft-matrix tbody tr")).stream()
                .filter(r -> r.findElement(By.cssSelector("th")).getText().equals(requester)).findFirst().orElseThrow();
        return row.findElements(By.cssSelector("td")).get(owners.indexOf(owner)).findElement(By.cssSelector("a"));
    }

    @Test
    void aliceDrillsIntoTheMatrixFiltersOverdueAndDownloadsTheRowsSheSees() throws Exception {
        logInAs("alice", "/display/DEMO");
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("space-tools"))).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("outcome-report-space-tools"))).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ft-matrix")));
        assertThat(browser.findElement(By.id("space-tools-heading")).getText()).isEqualTo("Space tools");
        Browser.screenshot(browser, "outcome-report");

        cell("Bob Baker", "Dave Dixon").click();
        waiting().until(ExpectedConditions.urlContains("owner="));
        assertThat(column("owner")).isNotEmpty().containsOnly("Dave Dixon");
        assertThat(column("requester")).containsOnly("Bob Baker");

        new Select(browser.findElement(By.id("ft-filter-due"))).selectByValue("overdue");
        browser.findElement(By.id("ft-filter-apply")).click();
        waiting().until(ExpectedConditions.urlContains("due=overdue"));
        List<String> shown = tableIds();
        assertThat(shown).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#ft-items-table tbody tr .ft-overdue"))).hasSize(shown.size());
        assertThat(column("owner")).containsOnly("Dave Dixon");
        assertThat(browser.getCurrentUrl()).as("the list stays in view").endsWith("#ft-items");
        Browser.screenshot(browser, "outcome-report-drilled-overdue");

        String href = browser.findElement(By.id("ft-report-csv")).getAttribute("href");
        assertThat(href).contains("due=overdue").contains("format=csv");
        String csv = (String) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { return r.text(); }).then(done);", href);
        // The browser's text decoding drops the byte order mark; the HTTP test checks it is sent.
        assertThat(csv).startsWith("\"id\"");
        List<String> lines = Arrays.asList(csv.split("\r?\n"));
        assertThat(lines.stream().skip(1).map(line -> line.substring(1, line.indexOf('"', 1))).toList()).isEqualTo(shown);
        assertThat(lines.get(1)).contains("\"Run the smoke tests on the release candidate.\"", "\"Dave Dixon\"", "\"Bob Baker\"");
    }

    @Test
    void inABigSpaceAliceSeesTwelveOwnersAndEveryoneElseAndPagesThroughTheOutcomes() throws Exception {
        ActionPages pages = new ActionPages(devhost);
        Space space = pages.spaceAdministeredByAlice("BIG", "Big space");
        devhost.host().app().operations().create(space, "Big plan", pages.itemsOfNewOwners("owner", "Owner", 14)
                + ActionPages.outcomes(26), devhost.user("alice"));

        logInAs("alice", "/plugins/servlet/followthrough/report?spaceKey=BIG");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ft-matrix")));
        List<String> owners = browser.findElements(By.cssSelector("#ft-matrix thead th.ft-matrix-owner")).stream()
                .map(WebElement::getText).toList();
        assertThat(owners).hasSize(13).startsWith("Owner 01").endsWith("Owner 12", "Everyone else");
        assertThat(browser.findElement(By.id("ft-matrix-shown")).getText()).contains("the 12 of 14 owners");
        WebElement everyoneElse = browser.findElements(By.cssSelector("#ft-matrix tbody tr td")).get(12);
        assertThat(everyoneElse.getText()).isEqualTo("2 / 2");
        assertThat(everyoneElse.findElements(By.tagName("a"))).isEmpty();
        assertThat(browser.findElement(By.id("ft-outcomes-count")).getText()).isEqualTo("26 expected outcomes, page 1 of 2");
        assertThat(browser.findElements(By.cssSelector("#ft-outcomes-table tbody tr"))).hasSize(25);
        browser.executeScript("document.getElementById('ft-matrix-section').scrollIntoView()");
        Browser.screenshot(browser, "outcome-report-big-space");

        browser.findElement(By.id("ft-outcomes-next")).click();
        waiting().until(ExpectedConditions.urlContains("outcomesPage=2"));
        assertThat(browser.getCurrentUrl()).as("the table stays in view").endsWith("#ft-outcomes");
        assertThat(browser.findElements(By.cssSelector("#ft-outcomes-table tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList()).containsExactly("Outcome 26");

        cell("Alice Archer", "Owner 01").click();
        waiting().until(ExpectedConditions.urlContains("owner="));
        assertThat(column("owner")).containsExactly("Owner 01");
        assertThat(browser.getCurrentUrl()).as("the outcomes stay on their page").contains("outcomesPage=2");
        assertThat(browser.findElement(By.id("ft-outcomes-count")).getText()).endsWith("page 2 of 2");
    }

    @Test
    void bobIsNoSpaceAdminAndIsRefused() throws Exception {
        logInAs("bob", REPORT);
        WebElement message = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ft-report-message")));

        assertThat(message.getText()).contains("Only space admins");
        assertThat(browser.findElements(By.id("ft-matrix"))).isEmpty();
        assertThat(devhost.get(REPORT, "bob").statusCode()).isEqualTo(403);
    }
}
