package io.followthrough.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP calls to the dev host as a demo user (the password is the username). Each user logs in once
 * through the login form and is known by the session cookie afterwards, as a browser is: with HTTP
 * Basic every call would hash the password anew (the host's PBKDF2, 60,000 rounds), and the
 * figures would time that instead of the app.
 */
final class Http {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Each user's session cookie ({@code JSESSIONID=…}), once logged in. */
    private final Map<String, String> sessions = new ConcurrentHashMap<>();

    Http(URI base) {
        this.base = base;
    }

    HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return client.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String user, String json) throws IOException, InterruptedException {
        return client.send(request(path, user).header("Content-Type", "application/json")
                .header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String user) throws IOException, InterruptedException {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Cookie", session(user));
    }

    private String session(String user) throws IOException, InterruptedException {
        String cookie = sessions.get(user);
        if (cookie == null) {
            cookie = logIn(user);
            sessions.put(user, cookie);
        }
        return cookie;
    }

    /** Posts the login form; the host answers with a redirect and the session cookie. */
    private String logIn(String user) throws IOException, InterruptedException {
        String form = "os_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&os_password=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(base.resolve("/login")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.split(";", 2)[0])
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("logging in as " + user + " answered " + response.statusCode()
                        + " without a session cookie"));
    }
}
