package io.followthrough.devhost;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One user's browser-like session with the dev host's forms: HTTP Basic credentials, the session
 * cookie, and the atl_token read from a page, as a browser would submit it.
 */
public final class FormSession {
    private final TestDevHost host;
    private final String username;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public FormSession(TestDevHost host, String username) {
        this.host = host;
        this.username = username;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(host.request(path, username).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Opens a page, then submits the fields to the action with the session's atl_token from that
     * page (a form's hidden field, or the page's ajs-atl-token meta tag).
     */
    public HttpResponse<String> submit(String page, String action, Map<String, String> fields)
            throws IOException, InterruptedException {
        HttpResponse<String> opened = get(page);
        Document html = Jsoup.parse(opened.body());
        Element field = html.selectFirst("input[name=atl_token]");
        Element meta = html.selectFirst("meta[name=ajs-atl-token]");
        if (field == null && meta == null) {
            throw new AssertionError("no atl_token on " + page + " (" + opened.statusCode() + ")");
        }
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("atl_token", field != null ? field.attr("value") : meta.attr("content"));
        return post(action, all);
    }

    /** Posts the fields as a browser form would, without adding a token. */
    public HttpResponse<String> post(String action, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = host.request(action, username)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
