package io.followthrough.core.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OnePerPageTest {
    private static FoundMacro purpose(String id, int position) {
        return new FoundMacro("ft-purpose", id, false, position, Map.of(), "", "");
    }

    private static FoundMacro purposeWithoutId(int position) {
        return new FoundMacro("ft-purpose", "fallback-1-ft-purpose-" + (position + 1), true, position, Map.of(), "", "");
    }

    @Test
    void aSingleMacroIsNeverARepeat() {
        assertThat(OnePerPage.isRepeat(List.of(purpose("a", 0)), Optional.of("a"))).isFalse();
        assertThat(OnePerPage.isRepeat(List.of(purposeWithoutId(0)), Optional.empty())).isFalse();
    }

    @Test
    void theFirstOfTwoIsKeptAndTheSecondIsARepeat() {
        List<FoundMacro> two = List.of(purpose("a", 0), purpose("b", 3));

        assertThat(OnePerPage.isRepeat(two, Optional.of("a"))).isFalse();
        assertThat(OnePerPage.isRepeat(two, Optional.of("b"))).isTrue();
    }

    @Test
    void withoutIdsEveryCopyIsFlagged() {
        List<FoundMacro> two = List.of(purposeWithoutId(0), purposeWithoutId(1));

        assertThat(OnePerPage.isRepeat(two, Optional.empty())).isTrue();
    }

    @Test
    void whenTheFirstHasNoIdEvenACopyWithAnIdIsFlagged() {
        List<FoundMacro> two = List.of(purposeWithoutId(0), purpose("b", 1));

        assertThat(OnePerPage.isRepeat(two, Optional.of("b"))).isTrue();
    }
}
