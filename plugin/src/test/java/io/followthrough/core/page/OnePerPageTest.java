package io.followthrough.core.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OnePerPageTest {
    private static MacroOccurrence purpose(String id, int position) {
        return new MacroOccurrence("ft-purpose", Optional.ofNullable(id), position);
    }

    @Test
    void aSingleMacroIsNeverARepeat() {
        assertThat(OnePerPage.isRepeat(List.of(purpose("a", 0)), Optional.of("a"))).isFalse();
        assertThat(OnePerPage.isRepeat(List.of(purpose(null, 0)), Optional.empty())).isFalse();
    }

    @Test
    void theFirstOfTwoIsKeptAndTheSecondIsARepeat() {
        List<MacroOccurrence> two = List.of(purpose("a", 0), purpose("b", 3));

        assertThat(OnePerPage.isRepeat(two, Optional.of("a"))).isFalse();
        assertThat(OnePerPage.isRepeat(two, Optional.of("b"))).isTrue();
    }

    @Test
    void withoutIdsEveryCopyIsFlagged() {
        List<MacroOccurrence> two = List.of(purpose(null, 0), purpose(null, 1));

        assertThat(OnePerPage.isRepeat(two, Optional.empty())).isTrue();
    }
}
