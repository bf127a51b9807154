package io.followthrough.devhost.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.devhost.TestDevHost;
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
 * items, the overdue ones, and their CSV, which holds exactly the rows the table shows. Bob, who is
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
    void bobIsNoSpaceAdminAndIsRefused() throws Exception {
        logInAs("bob", REPORT);
        WebElement message = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ft-report-message")));

        assertThat(message.getText()).contains("Only space admins");
        assertThat(browser.findElements(By.id("ft-matrix"))).isEmpty();
        assertThat(devhost.get(REPORT, "bob").statusCode()).isEqualTo(403);
    }
}
