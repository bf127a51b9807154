package io.followthrough.devhost.actions;

import com.atlassian.confluence.spaces.Space;
import io.followthrough.devhost.TestDevHost;
import io.followthrough.devhost.data.PageRecord;
import io.followthrough.devhost.data.SpacePermission;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Storage-format snippets and REST calls shared by the action-item tests, and the outcome tests' macros. */
public final class ActionPages {
    static final String REST = "/rest/followthrough/1.0";
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    private final TestDevHost devhost;

    public ActionPages(TestDevHost devhost) {
        this.devhost = devhost;
    }

    public static String action(String macroId, String params, String body) {
        return macro("ft-action", macroId, params, body);
    }

    /** One of our macros with a one-paragraph body; without an id when {@code macroId} is null. */
    public static String macro(String name, String macroId, String params, String body) {
        return "<ac:structured-macro ac:name=\"" + name + "\" ac:schema-version=\"1\""
                + (macroId == null ? "" : " ac:macro-id=\"" + macroId + "\"") + ">" + params
                + "<ac:rich-text-body><p>" + body + "</p></ac:rich-text-body></ac:structured-macro>";
    }

    public static String param(String name, String value) {
        return "<ac:parameter ac:name=\"" + name + "\">" + value + "</ac:parameter>";
    }

    public String user(String param, String username) {
        return "<ac:parameter ac:name=\"" + param + "\"><ri:user ri:userkey=\""
                + devhost.user(username).key().getStringValue() + "\"/></ac:parameter>";
    }

    /** A new space that alice administers. */
    public Space spaceAdministeredByAlice(String key, String name) {
        Space space = devhost.host().app().spaces().create(key, name);
        devhost.host().app().spaces().grant(space, "alice", SpacePermission.ADMINISTER);
        return space;
    }

    /** New users {@code username01} and on, named "{@code name} 01" and on, each owning one action item: its storage. */
    public String itemsOfNewOwners(String username, String name, int count) {
        StringBuilder storage = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            String user = String.format("%s%02d", username, i);
            devhost.host().app().users().create(user, String.format("%s %02d", name, i), user + "@example.com", user, false);
            storage.append(action(user, user("owner", user), "Task for " + user));
        }
        return storage.toString();
    }

    /** Expected outcomes "Outcome 01" to "Outcome NN", without owners. */
    public static String outcomes(int count) {
        StringBuilder storage = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            storage.append(macro("ft-outcome", "o-" + i, param("title", String.format("Outcome %02d", i)), "Outcome number " + i));
        }
        return storage.toString();
    }

    /** A page by alice asking bob to do something by a date. */
    PageRecord aliceAsksBob(String title, String due) {
        return devhost.createPage(title, "<p>Notes</p>" + action("m-" + title.hashCode(), user("owner", "bob")
                + param("due", due), "Send the draft to legal"));
    }

    HttpResponse<String> items(PageRecord page, String username) throws IOException, InterruptedException {
        return devhost.get(REST + "/pages/" + page.id() + "/items", username);
    }

    long onlyItemId(PageRecord page) throws IOException, InterruptedException {
        return onlyItemIdAs(page, "alice");
    }

    /** The item of a page only some users may view, read as one of them. */
    long onlyItemIdAs(PageRecord page, String username) throws IOException, InterruptedException {
        return number(ID, items(page, username).body());
    }

    int version(long itemId) throws IOException, InterruptedException {
        return number(VERSION, devhost.get(REST + "/items/" + itemId, "alice").body());
    }

    HttpResponse<String> move(long itemId, String username, String json) throws IOException, InterruptedException {
        return devhost.send(devhost.request(REST + "/items/" + itemId + "/moves", username)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> move(long itemId, String username, String move, int version) throws IOException, InterruptedException {
        return move(itemId, username, "{\"move\":\"" + move + "\",\"note\":\"\",\"expectedVersion\":" + version + "}");
    }

    private static int number(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        if (!m.find()) {
            throw new AssertionError("no " + pattern + " in " + json);
        }
        return Integer.parseInt(m.group(1));
    }
}
