package io.followthrough.devhost.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.devhost.FixturePlugin;
import io.followthrough.devhost.TestDevHost;
import io.followthrough.devhost.data.PageRecord;
import io.followthrough.devhost.data.SpacePermission;
import io.followthrough.devhost.services.HostPermissionManager;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Anonymous users see what is granted to "anonymous", and only while the site allows anonymous access. */
class AnonymousAccessTest {

    private static TestDevHost startWithPublicSpace(boolean siteAllowsAnonymous) throws Exception {
        TestDevHost devhost = TestDevHost.start(FixturePlugin.jar(), Files.createTempDirectory("devhost-anonymous"),
                siteAllowsAnonymous);
        devhost.host().app().spaces().grant(devhost.demoSpace(), HostPermissionManager.ANONYMOUS, SpacePermission.VIEW);
        return devhost;
    }

    @Test
    void anonymousUsersViewPagesOfSpacesGrantedToAnonymous() throws Exception {
        try (TestDevHost devhost = startWithPublicSpace(true)) {
            PageRecord page = devhost.createPage("Public notes", "<p>for everyone</p>");

            HttpResponse<String> view = devhost.viewPage(page, null);

            assertThat(view.statusCode()).isEqualTo(200);
            assertThat(view.body()).contains("for everyone").doesNotContain("id=\"editPageLink\"", "ajs-atl-token");
            assertThat(devhost.get("/display/DEMO", null).body()).contains("Public notes");
            assertThat(devhost.get("/rest/fixture/1.0/access/anonymous-site", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anonymousUsersAreAskedToLogInWhereTheyMayNotLook() throws Exception {
        try (TestDevHost devhost = startWithPublicSpace(true)) {
            PageRecord restricted = devhost.host().app().pages().byTitle(devhost.demoSpace().getId(), "Board pack (restricted)")
                    .orElseThrow();

            HttpResponse<String> view = devhost.viewPage(restricted, null);
            HttpResponse<String> edit = devhost.get("/pages/editpage.action?pageId=" + restricted.id(), null);

            assertThat(view.statusCode()).isEqualTo(302);
            assertThat(view.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/login?next="));
            assertThat(edit.statusCode()).isEqualTo(302);
        }
    }

    @Test
    void withoutSiteWideAnonymousAccessAnonymousUsersSeeNothing() throws Exception {
        try (TestDevHost devhost = startWithPublicSpace(false)) {
            PageRecord page = devhost.createPage("Public notes", "<p>for everyone</p>");

            assertThat(devhost.viewPage(page, null).statusCode()).isEqualTo(302);
            assertThat(devhost.get("/display/DEMO", null).statusCode()).isEqualTo(302);
            assertThat(devhost.get("/rest/fixture/1.0/access/anonymous-site", null).statusCode()).isEqualTo(401);
            assertThat(devhost.get("/rest/fixture/1.0/access/unrestricted", null).statusCode()).isEqualTo(200);
            assertThat(devhost.viewPage(page, "bob").statusCode()).isEqualTo(200);
        }
    }
}
