package io.followthrough.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.core.commitment.Presence;
import io.followthrough.core.outcome.OutcomeEvent.Kind;
import io.followthrough.core.purpose.InMemoryPurposeStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutcomeSyncTest {
    private static final long PAGE = 42;
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private final InMemoryOutcomeStore store = new InMemoryOutcomeStore();
    private final OutcomeSync sync = new OutcomeSync(store, store, Clock.fixed(NOW, ZoneOffset.UTC));
    private final Outcomes outcomes = new Outcomes(store, new InMemoryPurposeStore(), store,
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static OutcomeOnPage macro(String id, String title, String owner, String due, String measure) {
        return new OutcomeOnPage(id, title, Optional.ofNullable(owner), Optional.ofNullable(due).map(LocalDate::parse), measure);
    }

    private void saved(OutcomeOnPage... macros) {
        List<OutcomeOnPage> onPage = List.of(macros);
        sync.pageSaved(PAGE, "DEMO", onPage, onPage.stream().map(OutcomeOnPage::macroId).toList());
    }

    private Outcome only() {
        assertThat(store.byPage(PAGE)).hasSize(1);
        return store.byPage(PAGE).get(0);
    }

    private List<Kind> kinds() {
        return store.history(only().id()).stream().map(OutcomeEvent::kind).toList();
    }

    @Test
    void aNewMacroBecomesAPlannedOutcome() {
        saved(macro("o1", "Launch", "k-carol", "2026-12-31", "100 customers"));

        Outcome outcome = only();
        assertThat(outcome.status()).isEqualTo(OutcomeStatus.PLANNED);
        assertThat(outcome.title()).isEqualTo("Launch");
        assertThat(outcome.ownerKey()).contains("k-carol");
        assertThat(outcome.due()).contains(LocalDate.of(2026, 12, 31));
        assertThat(outcome.measure()).isEqualTo("100 customers");
        assertThat(outcome.spaceKey()).isEqualTo("DEMO");
        assertThat(outcome.version()).isEqualTo(1);
        assertThat(kinds()).containsExactly(Kind.CREATED);
    }

    @Test
    void savingTheSameBodyAgainRecordsNothing() {
        saved(macro("o1", "Launch", "k-carol", null, ""));
        saved(macro("o1", "Launch", "k-carol", null, ""));

        assertThat(kinds()).containsExactly(Kind.CREATED);
        assertThat(only().version()).isEqualTo(1);
    }

    @Test
    void renamingTheOutcomeKeepsItsStatusAndHistoryAndRecordsTheRename() {
        saved(macro("o1", "Launch", "k-carol", null, ""));
        outcomes.setStatus(new StatusRequest(only().id(), OutcomeStatus.AT_RISK, "k-carol", "vendor late", 1));

        saved(macro("o1", "Public launch", "k-carol", null, ""));

        Outcome renamed = only();
        assertThat(renamed.title()).isEqualTo("Public launch");
        assertThat(renamed.status()).isEqualTo(OutcomeStatus.AT_RISK);
        assertThat(renamed.version()).isEqualTo(3);
        assertThat(kinds()).containsExactly(Kind.CREATED, Kind.STATUS_SET, Kind.RETITLED);
        OutcomeEvent rename = store.history(renamed.id()).get(2);
        assertThat(rename.before()).isEqualTo("Launch");
        assertThat(rename.after()).isEqualTo("Public launch");
        assertThat(rename.actorKey()).isEmpty();
    }

    @Test
    void eachChangedDetailIsOneEventAndTheVersionCountsThem() {
        saved(macro("o1", "Launch", "k-carol", "2026-12-31", "100 customers"));

        saved(macro("o1", "Launch", "k-bob", "2027-01-31", "120 customers"));

        assertThat(kinds()).containsExactly(Kind.CREATED, Kind.OWNER_CHANGED, Kind.DUE_CHANGED, Kind.MEASURE_CHANGED);
        assertThat(store.history(only().id())).extracting(OutcomeEvent::sequence).containsExactly(1, 2, 3, 4);
        assertThat(store.history(only().id()).get(2)).extracting(OutcomeEvent::before, OutcomeEvent::after)
                .containsExactly("2026-12-31", "2027-01-31");
        assertThat(only().ownerKey()).contains("k-bob");
        assertThat(only().version()).isEqualTo(4);
    }

    @Test
    void aMacroStillOnThePageButUnreadableIsLeftAsItWas() {
        saved(macro("o1", "Launch", "k-carol", null, ""));

        sync.pageSaved(PAGE, "DEMO", List.of(), List.of("o1"));

        assertThat(only().presence()).isEqualTo(Presence.LIVE);
        assertThat(kinds()).containsExactly(Kind.CREATED);
    }

    @Test
    void aMacroThatLeavesThePageIsArchivedWithItsHistoryAndComesBackWithIt() {
        saved(macro("o1", "Launch", "k-carol", null, ""));

        sync.pageSaved(PAGE, "DEMO", List.of(), List.of());
        assertThat(only().presence()).isEqualTo(Presence.REMOVED);

        saved(macro("o1", "Launch again", "k-carol", null, ""));
        assertThat(only().presence()).isEqualTo(Presence.LIVE);
        assertThat(only().title()).isEqualTo("Launch again");
        assertThat(kinds()).containsExactly(Kind.CREATED, Kind.REMOVED, Kind.REAPPEARED, Kind.RETITLED);
    }

    @Test
    void trashHidesRestoreBringsBackMoveCarriesPurgeDeletes() {
        saved(macro("o1", "Launch", "k-carol", null, ""));

        sync.pageTrashed(PAGE);
        assertThat(only().presence()).isEqualTo(Presence.PAGE_TRASHED);
        sync.pageRestored(PAGE);
        assertThat(only().presence()).isEqualTo(Presence.LIVE);
        assertThat(kinds()).containsExactly(Kind.CREATED, Kind.PAGE_TRASHED, Kind.PAGE_RESTORED);
        sync.pageMoved(PAGE, "OTHER");
        assertThat(only().spaceKey()).isEqualTo("OTHER");
        sync.pagePurged(PAGE);
        assertThat(store.byPage(PAGE)).isEmpty();
    }

    @Test
    void aRepeatedMacroIdOnOnePageMakesOneOutcome() {
        saved(macro("o1", "Launch", "k-carol", null, ""), macro("o1", "Copy", "k-bob", null, ""));

        assertThat(only().title()).isEqualTo("Launch");
    }

    @Test
    void aStatusUpdateMadeMeanwhileIsKeptWhenThePageChanges() {
        saved(macro("o1", "Launch", "k-carol", null, ""));
        Outcome read = only();
        outcomes.setStatus(new StatusRequest(read.id(), OutcomeStatus.ON_TRACK, "k-carol", "", 1));

        saved(macro("o1", "Launch", "k-carol", "2027-03-01", ""));

        assertThat(only().status()).isEqualTo(OutcomeStatus.ON_TRACK);
        assertThat(kinds()).containsExactly(Kind.CREATED, Kind.STATUS_SET, Kind.DUE_CHANGED);
    }
}
