package io.followthrough.core.report;

import static io.followthrough.core.commitment.Move.ACCEPT;
import static io.followthrough.core.commitment.Move.COUNTER;
import static io.followthrough.core.commitment.Move.MARK_DONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.Presence;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bob's inbox on a fixed clock: what he must answer, deliver and acknowledge, and what others owe him. */
class MyCommitmentsTest {
    private static final Instant NOW = Instant.parse("2026-03-16T12:00:00Z");

    private final FakeSpace space = new FakeSpace();
    private final MyCommitments inbox = new MyCommitments(space, space, space, Clock.fixed(NOW, ZoneOffset.UTC));

    private static List<Long> ids(List<ReportRow> rows) {
        return rows.stream().map(r -> r.item().id()).toList();
    }

    @Test
    void eachItemLandsInTheSectionOfWhatBobMustDoOrIsOwed() {
        space.page(1, "Plan");
        ActionItem toAnswer = space.item(1, "alice", "bob", History.request("2026-03-10T09:00:00Z", null), null);
        ActionItem counterToBob = space.item(1, "bob", "carol", History.request("2026-03-09T09:00:00Z", "2026-03-20")
                .then(COUNTER, "2026-03-09T10:00:00Z", "2026-03-27"), "2026-03-20");
        ActionItem toDeliver = space.item(1, "alice", "bob", History.request("2026-03-02T09:00:00Z", "2026-03-30")
                .then(ACCEPT, "2026-03-02T10:00:00Z", "2026-03-30"), "2026-03-30");
        ActionItem toAcknowledge = space.item(1, "bob", "carol", History.request("2026-03-02T09:00:00Z", null)
                .then(ACCEPT, "2026-03-02T10:00:00Z").then(MARK_DONE, "2026-03-12T10:00:00Z"), null);
        ActionItem owedToBob = space.item(1, "bob", "dave", History.request("2026-03-02T09:00:00Z", "2026-03-30")
                .then(ACCEPT, "2026-03-02T10:00:00Z", "2026-03-30"), "2026-03-30");
        space.item(1, "alice", "carol", History.request("2026-03-02T09:00:00Z", null), null);

        Inbox bob = inbox.of("bob");

        assertThat(ids(bob.toAnswer())).containsExactly(counterToBob.id(), toAnswer.id());
        assertThat(ids(bob.toDeliver())).containsExactly(toDeliver.id());
        assertThat(ids(bob.toAcknowledge())).containsExactly(toAcknowledge.id());
        assertThat(ids(bob.owedToMe())).containsExactly(owedToBob.id());
        assertThat(bob.people()).containsKeys("alice", "bob", "carol", "dave");
    }

    @Test
    void overdueDeliveriesComeFirstThenTheSoonestDue() {
        space.page(1, "Plan");
        ActionItem later = space.item(1, "alice", "bob", History.request("2026-03-02T09:00:00Z", "2026-04-30")
                .then(ACCEPT, "2026-03-02T10:00:00Z", "2026-04-30"), "2026-04-30");
        ActionItem undated = space.item(1, "alice", "bob", History.request("2026-03-01T09:00:00Z", null)
                .then(ACCEPT, "2026-03-01T10:00:00Z"), null);
        ActionItem overdue = space.item(1, "alice", "bob", History.request("2026-03-02T09:00:00Z", "2026-03-10")
                .then(ACCEPT, "2026-03-02T10:00:00Z", "2026-03-10"), "2026-03-10");
        ActionItem soon = space.item(1, "carol", "bob", History.request("2026-03-02T09:00:00Z", "2026-03-18")
                .then(ACCEPT, "2026-03-02T10:00:00Z", "2026-03-18"), "2026-03-18");

        List<ReportRow> toDeliver = inbox.of("bob").toDeliver();

        assertThat(ids(toDeliver)).containsExactly(overdue.id(), soon.id(), later.id(), undated.id());
        assertThat(toDeliver.get(0).overdue()).isTrue();
    }

    @Test
    void itemsOnPagesBobCannotViewOrRemovedFromTheirPageAreLeftOutWithOnePermissionCheck() {
        space.page(1, "Plan");
        space.page(2, "Board pack");
        space.hiddenFrom.put(2L, Set.of("bob"));
        ActionItem visible = space.item(1, "alice", "bob", History.request("2026-03-10T09:00:00Z", null), null);
        space.item(2, "alice", "bob", History.request("2026-03-10T09:00:00Z", null), null);
        ActionItem removed = space.item(1, "alice", "bob", History.request("2026-03-10T09:00:00Z", null), null);
        space.replace(new ActionItem(removed.id(), removed.pageId(), removed.macroId(), removed.spaceKey(), removed.kind(),
                removed.terms(), removed.outcome(), removed.state(), removed.version(), removed.termsVersion(),
                removed.agreedDue(), removed.counterDue(), Presence.REMOVED, removed.createdAt(), removed.stateSince()));

        Inbox bob = inbox.of("bob");

        assertThat(ids(bob.toAnswer())).containsExactly(visible.id());
        assertThat(space.pageChecks).isEqualTo(1);
        assertThat(space.itemQueries).isEqualTo(1);
    }
}
