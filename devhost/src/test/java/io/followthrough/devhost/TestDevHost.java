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
        Path data = Files.createTempDirectory("devhost-test");
        return new TestDevHost(DevHost.start(new DevHostConfig(0, null, data, pluginJar(), true, true)));
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

    public PageRecord createPage(String title, String storage) {
        return host.app().pages().create(demoSpace().getId(), title, storage, user("alice").key().getStringValue());
    }

    /** GETs a path as the user (HTTP Basic; the demo password is the username), or anonymously when null. */
    public HttpResponse<String> get(String path, String username) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).GET();
        if (username != null) {
            String credentials = username + ":" + username;
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> viewPage(PageRecord page, String username) throws IOException, InterruptedException {
        return get("/pages/viewpage.action?pageId=" + page.id(), username);
    }

    @Override
    public void close() throws Exception {
        host.close();
    }
}
