package io.followthrough.confluence.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
