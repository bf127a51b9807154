package io.followthrough.confluence.web;

import io.followthrough.core.report.Paged;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Builds the report page's own URLs (filters, sorting, paging, drill-down, CSV) from the query it shows. */
public final class ReportLinks {
    /** Where the report servlet is served, below the context path. */
    public static final String SERVLET = "/plugins/servlet/followthrough/report";

    private final String contextPath;
    private final Map<String, String> current;

    /** @param current the query shown now, without {@code spaceKey} */
    public ReportLinks(String contextPath, String spaceKey, Map<String, String> current) {
        this.contextPath = contextPath;
        this.current = new LinkedHashMap<>();
        this.current.put("spaceKey", spaceKey);
        current.forEach((name, value) -> {
            if (value != null && !value.isBlank() && !name.equals("spaceKey")) {
                this.current.put(name, value);
            }
        });
    }

    /** The report with some parameters changed; a null or empty value drops the parameter. */
    public String with(Map<String, String> changes) {
        Map<String, String> next = new LinkedHashMap<>(current);
        changes.forEach((name, value) -> {
            if (value == null || value.isEmpty()) {
                next.remove(name);
            } else {
                next.put(name, value);
            }
        });
        StringJoiner query = new StringJoiner("&", contextPath + SERVLET + "?", "");
        next.forEach((name, value) -> query.add(encode(name) + "=" + encode(value)));
        return query.toString();
    }

    /**
     * Links to the pages before and after the one shown of a paged list, as {@code previousUrl} and
     * {@code nextUrl}, each left out at its end of the list.
     *
     * @param parameter the query parameter that holds the list's page number
     * @param anchor    the id of the element the browser scrolls to, so the list stays in view
     */
    public Map<String, String> paging(Paged<?> shown, String parameter, String anchor) {
        Map<String, String> urls = new HashMap<>();
        if (shown.page() > 1) {
            urls.put("previousUrl", with(Map.of(parameter, String.valueOf(shown.page() - 1))) + "#" + anchor);
        }
        if (shown.page() < shown.pages()) {
            urls.put("nextUrl", with(Map.of(parameter, String.valueOf(shown.page() + 1))) + "#" + anchor);
        }
        return urls;
    }

    /** The REST twin of the report shown now: same list parameters, JSON. */
    public String json() {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        current.forEach((name, value) -> {
            if (!name.equals("spaceKey")) {
                query.add(encode(name) + "=" + encode(value));
            }
        });
        return contextPath + "/rest/followthrough/1.0/spaces/" + encode(current.get("spaceKey")).replace("+", "%20")
                + "/report" + query;
    }

    public String value(String name) {
        return current.getOrDefault(name, "");
    }

    public static String page(String contextPath, long pageId) {
        return contextPath + "/pages/viewpage.action?pageId=" + pageId;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
