package io.followthrough.devhost.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DecoratablePageTest {
    @Test
    void theBodyIsKeptAsWrittenAndTheHeadIsReadIntoTitleAndElements() {
        DecoratablePage page = DecoratablePage.of("<!DOCTYPE html><html><head><title>Q&amp;A &lt;2&gt;</title>"
                + "<meta name=\"decorator\" content=\"atl.general\"><script src=\"/a.js\"></script></head>\n"
                + "<body class=\"x\" data-body=\"a > b\" data-other='>'>\n<p title='single'>Tom &amp; Jerry<br>\n<unknown-tag/></p>\n</body>\n</html>\n");

        assertThat(page.title()).isEqualTo("Q&A <2>");
        assertThat(page.headElements()).extracting(Element::tagName).containsExactly("title", "meta", "script");
        assertThat(page.headElements().get(2).outerHtml()).isEqualTo("<script src=\"/a.js\"></script>");
        assertThat(page.body()).isEqualTo("\n<p title='single'>Tom &amp; Jerry<br>\n<unknown-tag/></p>\n");
    }

    @Test
    void tagsAreFoundWhateverTheirCase() {
        DecoratablePage page = DecoratablePage.of("<HTML><HEAD><TITLE>Upper</TITLE></HEAD><BODY><P>text</P></BODY></HTML>");

        assertThat(page.title()).isEqualTo("Upper");
        assertThat(page.body()).isEqualTo("<P>text</P>");
    }

    @Test
    void aBodyLeftOpenRunsToTheClosingHtmlTagOrTheEnd() {
        assertThat(DecoratablePage.of("<head><title>t</title></head><body><p>one</p></html>").body()).isEqualTo("<p>one</p>");
        assertThat(DecoratablePage.of("<head><title>t</title></head><body><p>one</p>").body()).isEqualTo("<p>one</p>");
    }

    @Test
    void aPageWithoutABodyTagIsSplitWhereTheParserEndsTheHead() {
        DecoratablePage page = DecoratablePage.of("<title>No body</title><meta name=\"decorator\" content=\"atl.general\"><p>content</p>");

        assertThat(page.title()).isEqualTo("No body");
        assertThat(page.headElements()).extracting(Element::tagName).containsExactly("title", "meta");
        assertThat(page.body()).isEqualTo("<p>content</p>");
    }
}
