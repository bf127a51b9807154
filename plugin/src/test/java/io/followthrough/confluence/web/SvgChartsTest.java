package io.followthrough.confluence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class SvgChartsTest {

    private static void wellFormed(String svg) throws Exception {
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    @Test
    void labelsAreEscapedAndTheResultIsWellFormedSvg() throws Exception {
        String svg = SvgCharts.bars("States <of> \"all\"", List.of(new SvgCharts.Bar("<script>alert(1)</script> & co", 3),
                new SvgCharts.Bar("Done", 0)));

        wellFormed(svg);
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co")
                .contains("<title>States &lt;of&gt; &quot;all&quot;</title>");
    }

    @Test
    void barsScaleToTheLargestValueAndEmptyChartsStillDraw() throws Exception {
        String svg = SvgCharts.weeks("Weeks", "Created", "Satisfied", List.of(new SvgCharts.Week("2 Mar", 4, 2),
                new SvgCharts.Week("9 Mar", 0, 0)));

        wellFormed(svg);
        wellFormed(SvgCharts.bars("Nothing", List.of()));
        assertThat(svg).contains("height=\"140\"><title>Created 2 Mar: 4</title>")
                .contains("height=\"70\"><title>Satisfied 2 Mar: 2</title>");
    }
}
