package io.followthrough.confluence.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.followthrough.core.commitment.TermsChange;
import io.followthrough.core.commitment.TermsChange.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks the text encoding of terms changes round-trips whatever the values hold. */
class TermsChangeColumnTest {

    @Test
    void noChangesLeaveTheColumnEmpty() {
        assertThat(TermsChangeColumn.write(List.of())).isNull();
        assertThat(TermsChangeColumn.read(null)).isEmpty();
        assertThat(TermsChangeColumn.read("")).isEmpty();
    }

    @Test
    void plainValuesAreWrittenReadably() {
        List<TermsChange> changes = List.of(new TermsChange(Field.DUE, "2026-12-01", "2027-01-15"),
                new TermsChange(Field.REQUESTER, "alice", "bob"));

        assertThat(TermsChangeColumn.write(changes)).isEqualTo("DUE|2026-12-01|2027-01-15\nREQUESTER|alice|bob");
    }

    @Test
    void separatorsEscapesAndNulInValuesRoundTrip() {
        List<TermsChange> changes = List.of(
                new TermsChange(Field.BODY, "a|b\\c\nd\u0000e", "\\u007C already escaped-looking|"),
                new TermsChange(Field.OWNER, "", "|"),
                new TermsChange(Field.DUE, "\n\n", "日本語 ✓ \uD83D\uDE80 \r\t"));

        String column = TermsChangeColumn.write(changes);

        assertThat(column).doesNotContain("\u0000").hasLineCount(3);
        assertThat(TermsChangeColumn.read(column)).isEqualTo(changes);
    }

    @Test
    void aDamagedColumnIsReportedNotGuessed() {
        assertThatThrownBy(() -> TermsChangeColumn.read("DUE|only-two")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> TermsChangeColumn.read("DUE|bad\\x|new")).isInstanceOf(IllegalStateException.class);
    }
}
