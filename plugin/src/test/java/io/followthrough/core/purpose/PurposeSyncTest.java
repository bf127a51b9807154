package io.followthrough.core.purpose;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.core.commitment.Presence;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PurposeSyncTest {
    private static final long PAGE = 42;
    private static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);
    private final InMemoryPurposeStore store = new InMemoryPurposeStore();
    private final PurposeSync sync = new PurposeSync(store, store);

    private static Optional<PurposeOnPage> purpose(String sponsor, LocalDate until, LocalDate review) {
        return Optional.of(new PurposeOnPage("p1", Optional.ofNullable(sponsor), Optional.ofNullable(until),
                Optional.ofNullable(review)));
    }

    private PagePurpose stored() {
        return store.byPage(PAGE).orElseThrow();
    }

    @Test
    void thePagesPurposeIsStoredWithSponsorAndTimeFrame() {
        sync.pageSaved(PAGE, "DEMO", purpose("k-alice", UNTIL, UNTIL.minusMonths(3)));

        assertThat(stored()).isEqualTo(new PagePurpose(stored().id(), PAGE, "p1", "DEMO", Optional.of("k-alice"),
                Optional.of(UNTIL), Optional.of(UNTIL.minusMonths(3)), Presence.LIVE));
        assertThat(stored().isSponsor("k-alice")).isTrue();
    }

    @Test
    void expiredIsDerivedFromTheDayItIsAsked() {
        sync.pageSaved(PAGE, "DEMO", purpose("k-alice", UNTIL, UNTIL.minusDays(10)));

        assertThat(stored().isExpired(UNTIL)).isFalse();
        assertThat(stored().isExpired(UNTIL.plusDays(1))).isTrue();
        assertThat(stored().isReviewDue(UNTIL.minusDays(10))).isTrue();
        assertThat(stored().isReviewDue(UNTIL.plusDays(1))).as("an expired purpose is not reviewed but renewed").isFalse();
    }

    @Test
    void anEditUpdatesThePurposeAndTheSameBodyWritesNothing() {
        sync.pageSaved(PAGE, "DEMO", purpose("k-alice", UNTIL, null));
        long id = stored().id();

        sync.pageSaved(PAGE, "DEMO", purpose("k-bob", UNTIL.plusMonths(6), null));
        sync.pageSaved(PAGE, "DEMO", purpose("k-bob", UNTIL.plusMonths(6), null));

        assertThat(stored().id()).isEqualTo(id);
        assertThat(stored().sponsorKey()).contains("k-bob");
        assertThat(stored().until()).contains(UNTIL.plusMonths(6));
        assertThat(store.saves()).isEqualTo(2);
    }

    @Test
    void whatCouldNotBeReadIsStoredAsUnknown() {
        sync.pageSaved(PAGE, "DEMO", purpose(null, null, null));

        assertThat(stored().sponsorKey()).isEmpty();
        assertThat(stored().isExpired(UNTIL)).isFalse();
    }

    @Test
    void aPurposeThatLeavesThePageIsMarkedRemovedAndComesBack() {
        sync.pageSaved(PAGE, "DEMO", purpose("k-alice", UNTIL, null));

        sync.pageSaved(PAGE, "DEMO", Optional.empty());
        assertThat(stored().presence()).isEqualTo(Presence.REMOVED);

        sync.pageSaved(PAGE, "DEMO", purpose("k-alice", UNTIL, null));
        assertThat(stored().presence()).isEqualTo(Presence.LIVE);
    }

    @Test
    void trashHidesRestoreBringsBackMoveCarriesPurgeDeletes() {
        sync.pageSaved(PAGE, "DEMO", purpose("k-alice", UNTIL, null));

        sync.pageTrashed(PAGE);
        assertThat(stored().presence()).isEqualTo(Presence.PAGE_TRASHED);
        sync.pageRestored(PAGE);
        assertThat(stored().presence()).isEqualTo(Presence.LIVE);
        sync.pageMoved(PAGE, "OTHER");
        assertThat(stored().spaceKey()).isEqualTo("OTHER");
        sync.pagePurged(PAGE);
        assertThat(store.byPage(PAGE)).isEmpty();
    }

    @Test
    void aPageWithoutPurposeStoresNothing() {
        sync.pageSaved(PAGE, "DEMO", Optional.empty());

        assertThat(store.byPage(PAGE)).isEmpty();
        assertThat(store.saves()).isZero();
    }
}
