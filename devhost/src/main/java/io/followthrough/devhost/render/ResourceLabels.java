// Reads Confluence resource identifiers (ri:user, ri:page...) as the names people and macros use.
package io.followthrough.devhost.render;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

final class ResourceLabels {

    private final UserNames users;

    ResourceLabels(UserNames users) {
        this.users = users;
    }

    /** The username; an unknown user key is kept as is so that the macro can say which user is unknown. */
    String username(Element user) {
        String username = user.attr("ri:username");
        if (!username.isBlank()) {
            return username;
        }
        // Cloud content names users by account id; treat it like a key.
        String key = user.hasAttr("ri:userkey") ? user.attr("ri:userkey") : user.attr("ri:account-id");
        return key.isBlank() ? "" : users.usernameForKey(key).orElse(key);
    }

    String displayName(Element user) {
        String username = username(user);
        return username.isEmpty() ? "Unknown user" : users.displayName(username).orElse(username);
    }

    String label(Element resource) {
        return switch (resource.normalName()) {
            case "ri:user" -> username(resource);
            case "ri:page", "ri:blog-post" -> resource.attr("ri:content-title");
            case "ri:space" -> resource.attr("ri:space-key");
            case "ri:attachment" -> resource.attr("ri:filename");
            case "ri:url" -> resource.attr("ri:value");
            case "ri:content-entity" -> resource.attr("ri:content-id");
            default -> "";
        };
    }

    /**
     * A macro parameter's value: its text, or the labels of the resources it names, comma-separated
     * (several users in one parameter), also when they sit in an {@code ac:link} as in older pages.
     */
    String parameterValue(Element parameter) {
        List<String> labels = new ArrayList<>();
        boolean namesResources = false;
        for (Element element : parameter.getAllElements()) {
            if (element.normalName().startsWith("ri:")) {
                namesResources = true;
                String label = label(element);
                if (!label.isBlank()) {
                    labels.add(label);
                }
            }
        }
        return namesResources ? String.join(",", labels) : parameter.wholeText();
    }
}
