package io.followthrough.devhost.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.devhost.FixturePlugin;
import io.followthrough.devhost.TestDevHost;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fixture plugin's REST v2 resources, served by the dev host with REST v2's access and XSRF rules. */
class RestModulesTest {
    private static final String BASE = "/rest/fixture/1.0/";
    private static TestDevHost devhost;

    @BeforeAll
    static void start() throws Exception {
        devhost = TestDevHost.start(FixturePlugin.jar(), Files.createTempDirectory("devhost-rest"), true);
        devhost.host().app().users().create("sam", "Sam Sysadmin", "sam@example.com", "sam", true);
    }

    @AfterAll
    static void stop() throws Exception {
        devhost.close();
    }

    private static HttpResponse<String> get(String path, String username) throws Exception {
        return devhost.get(BASE + path, username);
    }

    private static HttpResponse<String> post(String path, String username, String contentType, String body,
                                             String xsrfHeader) throws Exception {
        HttpRequest.Builder request = devhost.request(BASE + path, username).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (xsrfHeader != null) {
            request.header("X-Atlassian-Token", xsrfHeader);
        }
        return devhost.send(request);
    }

    private static void assertJsonError(HttpResponse<String> response, int status, String error) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"error\":\"" + error);
    }

    @Test
    void anonymousCallersReachOnlyUnrestrictedAndAnonymousSiteResources() throws Exception {
        assertThat(get("access/unrestricted", null).body()).isEqualTo("{\"caller\":\"anonymous\"}");
        assertThat(get("access/anonymous-site", null).statusCode()).isEqualTo(200);
        for (String path : new String[] {"access/unlicensed", "access/default", "access/admin", "access/system-admin"}) {
            assertJsonError(get(path, null), 401, "Authentication required");
        }
    }

    @Test
    void anAnonymousCallerOfAProtectedResourceGetsJsonNotALoginRedirect() throws Exception {
        HttpResponse<String> response = get("access/default", null);

        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertJsonError(response, 401, "Authentication required");
    }

    @Test
    void aResourceWithoutAccessAnnotationIsForLoggedInUsers() throws Exception {
        assertThat(get("access/default", "bob").body()).isEqualTo("{\"caller\":\"bob\"}");
        assertThat(get("access/unlicensed", "bob").statusCode()).isEqualTo(200);
    }

    @Test
    void adminResourcesRefuseOtherUsersWith403() throws Exception {
        assertJsonError(get("access/admin", "alice"), 403, "Only administrators");
        assertJsonError(get("access/system-admin", "bob"), 403, "Only system administrators");
        assertThat(get("access/admin", "sam").statusCode()).isEqualTo(200);
        assertThat(get("access/system-admin", "sam").statusCode()).isEqualTo(200);
    }

    @Test
    void aMethodAnnotationOverridesTheClassAnnotation() throws Exception {
        assertJsonError(get("admin-class/closed", "bob"), 403, "Only administrators");
        assertThat(get("admin-class/closed", "sam").statusCode()).isEqualTo(200);
        assertThat(get("admin-class/open", null).body()).isEqualTo("{\"result\":\"open\"}");
    }

    @Test
    void aJsonPostNeedsNoXsrfHeaderAndIsReadAndWrittenByJackson() throws Exception {
        HttpResponse<String> response = post("echo", "bob", "application/json", "{\"text\":\"hi\",\"count\":1}", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"text\":\"hi!\",\"count\":2}");
    }

    @Test
    void aFormPostWithoutTheXsrfHeaderIsRejected() throws Exception {
        assertJsonError(post("echo/form", "bob", "application/x-www-form-urlencoded", "text=hi", null),
                403, "XSRF check failed");
        assertJsonError(post("echo/form", "bob", "application/x-www-form-urlencoded; charset=UTF-8", "text=hi", "nocheck"),
                403, "XSRF check failed");
    }

    @Test
    void aFormPostWithTheXsrfHeaderPasses() throws Exception {
        HttpResponse<String> response = post("echo/form", "bob", "application/x-www-form-urlencoded", "text=hi", "no-check");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"text\":\"hi\"}");
    }

    @Test
    void plainTextAndUntypedBodiesNeedTheHeaderUnlessTheMethodIsExcluded() throws Exception {
        assertJsonError(post("echo/any", "bob", "text/plain", "hello", null), 403, "XSRF check failed");
        assertJsonError(post("echo/any", "bob", "multipart/form-data; boundary=x", "--x--", null), 403, "XSRF check failed");
        assertJsonError(post("echo/any", "bob", null, "hello", null), 403, "XSRF check failed");
        assertThat(post("echo/any", "bob", "application/json", "\"hello\"", null).statusCode()).isEqualTo(200);
        assertThat(post("echo/any", "bob", "text/plain", "hello", "no-check").body()).isEqualTo("{\"body\":\"hello\"}");
        assertThat(post("echo/text", "bob", "text/plain", "hello", null).body()).isEqualTo("{\"text\":\"hello\"}");
    }

    @Test
    void aBodyTheMethodDoesNotConsumeGets415JsonAndNeverReachesIt() throws Exception {
        assertJsonError(post("echo", "bob", "text/plain", "{\"text\":\"hi\",\"count\":1}", null), 415, "Unsupported Media Type");
    }

    @Test
    void malformedJsonGets400Json() throws Exception {
        assertJsonError(post("echo", "bob", "application/json", "{\"text\": ", null), 400, "Malformed JSON");
        assertJsonError(post("echo", "bob", "application/json", "{\"count\":\"many\"}", null), 400, "Malformed JSON");
    }

    @Test
    void theAccessCheckComesBeforeTheXsrfCheckAndTheBody() throws Exception {
        assertJsonError(post("echo/form", null, "application/x-www-form-urlencoded", "text=hi", null), 401, "Authentication required");
        assertJsonError(post("echo", null, "application/json", "{", null), 401, "Authentication required");
    }

    @Test
    void unknownRestPathsAnswerWithJson404() throws Exception {
        assertJsonError(get("no-such-resource", "bob"), 404, "Not Found");
        assertJsonError(devhost.get("/rest/nothing/1.0/here", "bob"), 404, "No REST resource here");
    }

    @Test
    void httpBasicStillAuthenticatesAndWrongCredentialsAreAnonymous() throws Exception {
        HttpResponse<String> wrong = devhost.send(devhost.request(BASE + "access/unrestricted", null)
                .header("Authorization", TestDevHost.basic("bob").replace("Ym9i", "Ym9j")).GET());

        assertThat(get("access/unrestricted", "bob").body()).isEqualTo("{\"caller\":\"bob\"}");
        assertThat(wrong.body()).isEqualTo("{\"caller\":\"anonymous\"}");
    }
}
