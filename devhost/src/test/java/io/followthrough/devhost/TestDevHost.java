package io.followthrough.devhost;

import com.atlassian.confluence.spaces.Space;
import io.followthrough.devhost.data.HostUser;
import io.followthrough.devhost.data.PageRecord;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** A dev host started for a test class on a free port with a fresh HSQLDB and the demo data. */
public final class TestDevHost implements AutoCloseable {
    private final DevHost host;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TestDevHost(DevHost host) {
        this.host = host;
    }

    public static TestDevHost start() throws Exception {
        return start(pluginJar(), Files.createTempDirectory("devhost-test"), true);
    }

    /** A dev host running the given plugin jar on the HSQLDB database under dataDir, with the demo data. */
    public static TestDevHost start(Path pluginJar, Path dataDir, boolean anonymousAccess) throws Exception {
        return new TestDevHost(DevHost.start(new DevHostConfig(0, null, dataDir, pluginJar, true, true, anonymousAccess)));
    }

    /** The plugin jar this build produced, as Maven's test configuration names it. */
    public static Path pluginJar() {
        String jar = System.getProperty("devhost.pluginJar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("The plugin jar is missing (" + jar + "). Run the tests through Maven "
                    + "from the project root (mvn verify), which builds the plugin first.");
        }
        return Path.of(jar);
    }

    public DevHost host() {
        return host;
    }

    public URI url(String path) {
        return host.baseUrl().resolve(path);
    }

    public HostUser user(String username) {
        return host.app().users().byName(username).orElseThrow();
    }

    public Space demoSpace() {
        return host.app().spaces().byKey("DEMO").orElseThrow();
    }

    /** Creates a page in DEMO as alice through the host's page operations, so plugin listeners hear of it. */
    public PageRecord createPage(String title, String storage) {
        return host.app().operations().create(demoSpace(), title, storage, user("alice"));
    }

    /** GETs a path as the user (HTTP Basic; the demo password is the username), or anonymously when null. */
    public HttpResponse<String> get(String path, String username) throws IOException, InterruptedException {
        return send(request(path, username).GET());
    }

    /** A request to a path as the user (HTTP Basic), or anonymous when null; redirects are not followed. */
    public HttpRequest.Builder request(String path, String username) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path));
        if (username != null) {
            request.header("Authorization", basic(username));
        }
        return request;
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** HTTP Basic credentials of a user whose password is the username, as for the demo users. */
    public static String basic(String username) {
        String credentials = username + ":" + username;
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> viewPage(PageRecord page, String username) throws IOException, InterruptedException {
        return get("/pages/viewpage.action?pageId=" + page.id(), username);
    }

    @Override
    public void close() throws IOException {
        host.close();
    }
}
