package io.followthrough.devhost.outcomes;

import static io.followthrough.devhost.actions.ActionPages.param;

import io.followthrough.devhost.TestDevHost;
import io.followthrough.devhost.actions.ActionPages;
import io.followthrough.devhost.data.PageRecord;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Storage-format snippets and REST calls shared by the outcome tests; action items come from {@link ActionPages}. */
final class OutcomePages {
    static final String REST = "/rest/followthrough/1.0";
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private final TestDevHost devhost;
    private final ActionPages actions;

    OutcomePages(TestDevHost devhost) {
        this.devhost = devhost;
        this.actions = new ActionPages(devhost);
    }

    static String outcome(String macroId, String params, String body) {
        return ActionPages.macro("ft-outcome", macroId, params, body);
    }

    static String purpose(String macroId, String params, String body) {
        return ActionPages.macro("ft-purpose", macroId, params, body);
    }

    String user(String param, String username) {
        return actions.user(param, username);
    }

    String key(String username) {
        return devhost.user(username).key().getStringValue();
    }

    /** A page by alice, sponsored by her, with an outcome carol owns. */
    PageRecord carolsOutcome(String title) {
        return devhost.createPage(title, purpose("p-" + title.hashCode(), user("sponsor", "alice") + param("until", "2099-12-31"),
                "Why") + outcome("o-" + title.hashCode(), param("title", "Launch") + user("owner", "carol")
                + param("due", "2099-06-30") + param("measure", "100 customers live"), "The public launch."));
    }

    HttpResponse<String> outcomes(PageRecord page, String username) throws IOException, InterruptedException {
        return devhost.get(REST + "/pages/" + page.id() + "/outcomes", username);
    }

    long onlyOutcomeId(PageRecord page) throws IOException, InterruptedException {
        Matcher m = ID.matcher(outcomes(page, "alice").body());
        if (!m.find()) {
            throw new AssertionError("no outcome on page " + page.id());
        }
        return Long.parseLong(m.group(1));
    }

    HttpResponse<String> setStatus(long outcomeId, String username, String json) throws IOException, InterruptedException {
        return devhost.send(devhost.request(REST + "/outcomes/" + outcomeId + "/status", username)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> setStatus(long outcomeId, String username, String status, String note, int version)
            throws IOException, InterruptedException {
        return setStatus(outcomeId, username, "{\"status\":\"" + status + "\",\"note\":\"" + note + "\",\"expectedVersion\":"
                + version + "}");
    }

    /** Saves a new version of the page as alice, with the body changed as given. */
    void edit(PageRecord page, String from, String to) {
        PageRecord current = devhost.host().app().pages().byId(page.id()).orElseThrow();
        if (!current.body().contains(from)) {
            throw new AssertionError("the page does not contain " + from);
        }
        devhost.host().app().operations().update(page.id(), current.version(), current.title(), current.body().replace(from, to),
                devhost.user("alice"));
    }
}
