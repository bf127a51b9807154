package io.followthrough.bench;

import java.util.function.IntFunction;

/** Realistic storage-format bodies: headings, tables, code macros, layouts and our macros, as Confluence's editor stores them. */
final class StorageBodies {
    private StorageBodies() {
    }

    static String action(String macroId, String ownerKey, String due, String what) {
        return action(macroId, ownerKey, null, due, null, null, what);
    }

    /**
     * An ft-action macro as Confluence's editor stores it; a null parameter is left out. Users are
     * {@code ri:user} user keys, {@code outcome} names an ft-outcome title on the same page, {@code kind}
     * is {@code request} or {@code offer}. Text goes in as is: callers pass plain text without markup.
     */
    static String action(String macroId, String ownerKey, String requesterKey, String due, String outcome, String kind,
                         String what) {
        return "<ac:structured-macro ac:name=\"ft-action\" ac:schema-version=\"1\" ac:macro-id=\"" + macroId + "\">"
                + user("owner", ownerKey) + user("requester", requesterKey) + parameter("due", due)
                + parameter("outcome", outcome) + parameter("kind", kind)
                + "<ac:rich-text-body><p>" + what + "</p></ac:rich-text-body></ac:structured-macro>";
    }

    /** An ft-outcome macro: title (unique on its page), owner, due date and measure, with a description. */
    static String outcome(String macroId, String title, String ownerKey, String due, String measure, String description) {
        return "<ac:structured-macro ac:name=\"ft-outcome\" ac:schema-version=\"1\" ac:macro-id=\"" + macroId + "\">"
                + parameter("title", title) + user("owner", ownerKey) + parameter("due", due) + parameter("measure", measure)
                + "<ac:rich-text-body><p>" + description + "</p></ac:rich-text-body></ac:structured-macro>";
    }

    /** An ft-purpose macro: sponsor, end of the time frame and an optional review date, with the statement. */
    static String purpose(String macroId, String sponsorKey, String until, String review, String statement) {
        return "<ac:structured-macro ac:name=\"ft-purpose\" ac:schema-version=\"1\" ac:macro-id=\"" + macroId + "\">"
                + user("sponsor", sponsorKey) + parameter("until", until) + parameter("review", review)
                + "<ac:rich-text-body><p>" + statement + "</p></ac:rich-text-body></ac:structured-macro>";
    }

    private static String user(String name, String userKey) {
        return userKey == null ? ""
                : "<ac:parameter ac:name=\"" + name + "\"><ri:user ri:userkey=\"" + userKey + "\"/></ac:parameter>";
    }

    private static String parameter(String name, String value) {
        return value == null ? "" : "<ac:parameter ac:name=\"" + name + "\">" + value + "</ac:parameter>";
    }

    /** About {@code bytes} of page body, with one action item (made by {@code action}) every 20 KB. */
    static String page(int bytes, IntFunction<String> action) {
        StringBuilder body = new StringBuilder(bytes + 4096);
        int section = 0;
        while (body.length() < bytes) {
            body.append("<h2>Section ").append(section).append("</h2>")
                    .append("<p>Status of work stream ").append(section).append(":&nbsp;the team reviewed the ")
                    .append("<strong>open questions</strong> and agreed next steps with <ac:link><ri:user ri:userkey=\"")
                    .append("k").append(section % 7).append("\"/></ac:link>.</p>")
                    .append("<table><tbody><tr><th>Item</th><th>Owner</th><th>Notes</th></tr>");
            for (int row = 0; row < 12; row++) {
                body.append("<tr><td>Row ").append(row).append("</td><td>Team ").append(row % 4)
                        .append("</td><td>Agreed on the call &mdash; follow up next week.</td></tr>");
            }
            body.append("</tbody></table>")
                    .append("<ac:structured-macro ac:name=\"code\" ac:schema-version=\"1\"><ac:parameter ac:name=\"language\">java</ac:parameter>")
                    .append("<ac:plain-text-body><![CDATA[for (int i = 0; i < n; i++) { total += values[i]; }\n")
                    .append("<ac:structured-macro ac:name=\"ft-action\"/> is only text here]]></ac:plain-text-body></ac:structured-macro>")
                    .append("<ac:layout><ac:layout-section ac:type=\"two_equal\"><ac:layout-cell><p>Left notes ")
                    .append(section).append("</p></ac:layout-cell><ac:layout-cell><ul><li>One</li><li>Two</li></ul>")
                    .append("</ac:layout-cell></ac:layout-section></ac:layout>");
            if (section % 10 == 0) {
                body.append(action.apply(section / 10));
            }
            section++;
        }
        return body.toString();
    }
}
