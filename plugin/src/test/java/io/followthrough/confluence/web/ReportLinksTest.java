package io.followthrough.confluence.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.core.report.Paged;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportLinksTest {
    private final ReportLinks links = new ReportLinks("/wiki", "DE MO", new LinkedHashMap<>(Map.of("owner", "k&1", "due", "")));

    @Test
    void aChangedLinkKeepsTheQueryEncodesValuesAndDropsEmptyOnes() {
        assertThat(links.with(Map.of("sort", "-due"))).isEqualTo("/wiki/plugins/servlet/followthrough/report?spaceKey=DE+MO&owner=k%261&sort=-due");
        assertThat(links.with(Map.of("owner", ""))).isEqualTo("/wiki/plugins/servlet/followthrough/report?spaceKey=DE+MO");
        assertThat(links.value("owner")).isEqualTo("k&1");
        assertThat(links.value("due")).isEmpty();
    }

    @Test
    void theJsonTwinCarriesTheSameListParameters() {
        assertThat(links.json()).isEqualTo("/wiki/rest/followthrough/1.0/spaces/DE%20MO/report?owner=k%261");
        assertThat(new ReportLinks("", "DEMO", Map.of()).json()).isEqualTo("/rest/followthrough/1.0/spaces/DEMO/report");
    }

    @Test
    void pagingLinksKeepTheQueryAndStopAtEitherEnd() {
        Paged<String> middle = new Paged<>(List.of("26th"), 60, 2, 25);

        assertThat(links.paging(middle, "outcomesPage", "ft-outcomes")).isEqualTo(Map.of(
                "previousUrl", "/wiki/plugins/servlet/followthrough/report?spaceKey=DE+MO&owner=k%261&outcomesPage=1#ft-outcomes",
                "nextUrl", "/wiki/plugins/servlet/followthrough/report?spaceKey=DE+MO&owner=k%261&outcomesPage=3#ft-outcomes"));
        assertThat(links.paging(new Paged<>(List.of(), 0, 1, 25), "purposesPage", "ft-purposes")).isEmpty();
        assertThat(links.paging(new Paged<>(List.of("last"), 51, 3, 25), "page", "ft-items")).containsOnlyKeys("previousUrl");
    }
}
