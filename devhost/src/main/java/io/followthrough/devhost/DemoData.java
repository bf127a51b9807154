package io.followthrough.devhost;

import com.atlassian.confluence.spaces.Space;
import io.followthrough.devhost.data.HostPages;
import io.followthrough.devhost.data.HostSpaces;
import io.followthrough.devhost.data.HostUser;
import io.followthrough.devhost.data.HostUsers;
import io.followthrough.devhost.data.PageRecord;
import io.followthrough.devhost.data.SpacePermission;
import io.followthrough.devhost.services.PageOperations;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Seeds a fresh dev host: space DEMO, users alice (space admin), bob, carol and dave, and pages
 * that use ft-purpose, ft-outcome and ft-action, one of them restricted so that dave cannot view it, and a
 * dashboard page with the outcome report and commitments macros. Pages are created
 * through the host's page operations once the plugin runs, so its listeners hear of them.
 */
final class DemoData {
    /** Demo users; each one's password is the username (printed at start-up, listed in the README). */
    static final List<String> USERS = List.of("alice", "bob", "carol", "dave");
    /** The onboarding page's expected outcome, which two of its action items deliver. */
    private static final String TWO_WEEKS = "Onboarding in two weeks";

    private final HostUsers users;
    private final HostSpaces spaces;
    private final HostPages pages;
    private final PageOperations operations;
    private final Clock clock;

    DemoData(HostUsers users, HostSpaces spaces, HostPages pages, PageOperations operations, Clock clock) {
        this.users = users;
        this.spaces = spaces;
        this.pages = pages;
        this.operations = operations;
        this.clock = clock;
    }

    /** Seeds only an empty host, so restarts keep whatever was changed since. */
    boolean seedIfEmpty() {
        if (!users.all().isEmpty()) {
            return false;
        }
        HostUser alice = users.create("alice", "Alice Archer", "alice@example.com", "alice", false);
        HostUser bob = users.create("bob", "Bob Baker", "bob@example.com", "bob", false);
        HostUser carol = users.create("carol", "Carol Chen", "carol@example.com", "carol", false);
        users.create("dave", "Dave Dixon", "dave@example.com", "dave", false);

        Space demo = spaces.create("DEMO", "Demo space");
        spaces.grant(demo, "alice", SpacePermission.ADMINISTER);
        for (String member : new String[] {"bob", "carol", "dave"}) {
            spaces.grant(demo, member, SpacePermission.EDIT);
        }

        LocalDate today = LocalDate.now(clock);
        operations.create(demo, "Customer onboarding revamp", purpose(alice, today.plusMonths(7), today.plusMonths(2),
                "<p>Cut the time from signed contract to first value for new customers from six weeks to two.</p>")
                + "<h2>Background</h2><p>New customers wait too long for accounts, training and data migration.</p>"
                + "<h2>Expected outcomes</h2>"
                + outcome("onboarding-two-weeks", TWO_WEEKS, carol, today.plusMonths(6),
                        "Median time from signature to first value at most 14 days",
                        "New customers reach first value within two weeks of signing.")
                + "<h2>Action items</h2>"
                + action("onboarding-accounts", bob, today.plusDays(10), TWO_WEEKS, "Create accounts within one day of signature.")
                + action("onboarding-training", carol, today.minusDays(3), TWO_WEEKS, "Run the first training session in week one.")
                + action("onboarding-migration", alice, today.plusDays(20), null, "Migrate the customer's data in week two."),
                alice);
        operations.create(demo, "Weekly operations review", purpose(carol, today.minusMonths(2), null,
                "<p>Keep the weekly operations review focused on decisions, not status.</p>")
                + "<p>This series ran until the end of the last quarter.</p>", carol);
        PageRecord board = operations.create(demo, "Board pack (restricted)", purpose(alice, today.plusMonths(3), null,
                "<p>Prepare the quarterly board pack.</p>")
                + "<p>Only alice, bob and carol can view this page.</p>", alice);
        pages.restrictViewing(board.id(), Set.of("alice", "bob", "carol"));
        operations.create(demo, "Getting started", """
                <p>This dev host runs the Follow-Through plugin jar. Edit a page and use <strong>Insert macro</strong>
                to add a <em>Purpose</em>.</p>
                <ac:structured-macro ac:name="info" ac:schema-version="1" ac:macro-id="c0ffee00-0000-4000-8000-000000000001">
                <ac:rich-text-body><p>Macros from other apps show as placeholders.</p></ac:rich-text-body>
                </ac:structured-macro>""", bob);

        // Outcome report demo: a page bob asks on, so the who-owes-what-to-whom matrix has a second
        // requester, and a dashboard with the space's outcome report and each viewer's commitments.
        operations.create(demo, "Release checklist", "<p>What must be ready before the release.</p>"
                + action("release-notes", carol, today.plusDays(5), null, "Write the release notes.")
                + action("release-smoke-test", users.byName("dave").orElseThrow(), today.minusDays(1), null,
                        "Run the smoke tests on the release candidate.")
                + action("release-announcement", alice, today.plusDays(14), null, "Announce the release to customers."), bob);
        operations.create(demo, "Team dashboard", "<p>Where the space stands, and what you owe.</p>"
                + "<ac:structured-macro ac:name=\"ft-outcome-report\" ac:schema-version=\"1\""
                + " ac:macro-id=\"c0ffee00-0000-4000-8000-000000000002\"/>"
                + "<ac:structured-macro ac:name=\"ft-my-commitments\" ac:schema-version=\"1\""
                + " ac:macro-id=\"c0ffee00-0000-4000-8000-000000000003\"/>", alice);
        return true;
    }

    private static String action(String macroId, HostUser owner, LocalDate due, String outcome, String what) {
        return "<ac:structured-macro ac:name=\"ft-action\" ac:schema-version=\"1\" ac:macro-id=\"" + macroId
                + "\"><ac:parameter ac:name=\"owner\"><ri:user ri:userkey=\"" + owner.key().getStringValue()
                + "\"/></ac:parameter><ac:parameter ac:name=\"due\">" + due + "</ac:parameter>"
                + (outcome == null ? "" : "<ac:parameter ac:name=\"outcome\">" + outcome + "</ac:parameter>")
                + "<ac:rich-text-body><p>" + what + "</p></ac:rich-text-body></ac:structured-macro>";
    }

    private static String outcome(String macroId, String title, HostUser owner, LocalDate due, String measure,
                                  String description) {
        return "<ac:structured-macro ac:name=\"ft-outcome\" ac:schema-version=\"1\" ac:macro-id=\"" + macroId
                + "\"><ac:parameter ac:name=\"title\">" + title + "</ac:parameter>"
                + "<ac:parameter ac:name=\"owner\"><ri:user ri:userkey=\"" + owner.key().getStringValue()
                + "\"/></ac:parameter><ac:parameter ac:name=\"due\">" + due + "</ac:parameter>"
                + "<ac:parameter ac:name=\"measure\">" + measure + "</ac:parameter>"
                + "<ac:rich-text-body><p>" + description + "</p></ac:rich-text-body></ac:structured-macro>";
    }

    private static String purpose(HostUser sponsor, LocalDate until, LocalDate review, String statement) {
        return "<ac:structured-macro ac:name=\"ft-purpose\" ac:schema-version=\"1\" ac:macro-id=\""
                + UUID.nameUUIDFromBytes((sponsor.username() + until).getBytes(StandardCharsets.UTF_8))
                + "\"><ac:parameter ac:name=\"sponsor\"><ri:user ri:userkey=\"" + sponsor.key().getStringValue()
                + "\"/></ac:parameter><ac:parameter ac:name=\"until\">" + until + "</ac:parameter>"
                + (review == null ? "" : "<ac:parameter ac:name=\"review\">" + review + "</ac:parameter>")
                + "<ac:rich-text-body>" + statement + "</ac:rich-text-body></ac:structured-macro>";
    }
}
