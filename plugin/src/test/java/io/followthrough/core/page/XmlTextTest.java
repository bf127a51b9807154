package io.followthrough.core.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {
    @Test
    void decodesTheXmlAndCommonHtmlNames() {
        assertThat(XmlText.decode("&lt;&amp;&gt;&quot;&apos;&nbsp;&rsquo;&mdash;&euro;&eacute;&Omega;&thetasym;"))
                .isEqualTo("<&>\"'\u00a0\u2019\u2014\u20ac\u00e9\u03a9\u03d1");
    }

    @Test
    void decodesDecimalAndHexReferencesIncludingOnesBeyondTheBasicPlane() {
        assertThat(XmlText.decode("&#228;&#xE4;&#XE4;&#x1F680;")).isEqualTo("\u00e4\u00e4\u00e4\uD83D\uDE80");
    }

    @Test
    void leavesWhatIsNoReferenceAsWritten() {
        assertThat(XmlText.decode("AT&T &bogus; &#; &#x; &#-5; &#1114112; &#0; &amp &nbsp x & ;"))
                .isEqualTo("AT&T &bogus; &#; &#x; &#-5; &#1114112; &#0; &amp &nbsp x & ;");
    }

    @Test
    void decodesOnlyTheRequestedRange() {
        StringBuilder out = new StringBuilder();
        XmlText.append("&amp;a&lt;b&gt;", 5, 11, out);

        assertThat(out).hasToString("a<b");
    }
}
