package io.followthrough.devhost.velocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebItemLinksTest {
    private final WebItemLinks links = new WebItemLinks();

    @Test
    void theSpaceKeyIsUrlEncodedWhereTheLinkAsksAndTheContextPathGoesFirst() {
        assertThat(links.render("/plugins/servlet/x?spaceKey=$generalUtil.urlEncode($helper.spaceKey)", "A&B C", "/wiki"))
                .isEqualTo("/wiki/plugins/servlet/x?spaceKey=A%26B+C");
    }

    @Test
    void aPlainReferenceIsInsertedAsIsAndAbsoluteLinksKeepTheirHost() {
        assertThat(links.render("https://example.com/?k=${helper.spaceKey}", "DEMO", "/wiki"))
                .isEqualTo("https://example.com/?k=DEMO");
    }

    @Test
    void aLinkNamingSomethingConfluenceDoesNotOfferFailsLoudly() {
        assertThatThrownBy(() -> links.render("/x?page=$helper.page.id", "DEMO", ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/x?page=$helper.page.id");
    }
}
