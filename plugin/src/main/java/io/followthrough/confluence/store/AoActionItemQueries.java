package io.followthrough.confluence.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.ItemEvent;
import io.followthrough.core.commitment.Move;
import io.followthrough.core.commitment.State;
import io.followthrough.core.port.ActionItemQueries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/**
 * The report's and inbox's queries in Active Objects, one SQL statement each. A space's events are
 * read with a join on the item table, naming only the columns metrics read (not the note or the
 * term changes, which can be long); Active Objects quotes every name for the database in use.
 */
public final class AoActionItemQueries implements ActionItemQueries {
    /** The event columns a report reads; the entity's other getters must not be called on these rows. */
    private static final String MOVE_COLUMNS = "ID, ITEM_ID, SEQUENCE_NO, HAPPENED_AT, ACTOR_KEY, MOVE_NAME, FROM_STATE, "
            + "TO_STATE, TERMS_VERSION, MOVE_DATE";

    private final ActiveObjects ao;

    public AoActionItemQueries(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<ActionItem> inSpace(String spaceKey) {
        return items(Query.select().where("SPACE_KEY = ?", spaceKey));
    }

    @Override
    public Map<Long, List<ItemEvent>> movesInSpace(String spaceKey) {
        AoItemEvent[] rows = ao.find(AoItemEvent.class, Query.select(MOVE_COLUMNS)
                .alias(AoItemEvent.class, "e")
                .join(AoActionItem.class, "e.ITEM_ID = i.ID")
                .alias(AoActionItem.class, "i")
                .where("i.SPACE_KEY = ?", spaceKey));
        Map<Long, List<ItemEvent>> histories = new LinkedHashMap<>();
        for (AoItemEvent row : rows) {
            histories.computeIfAbsent(row.getItemId(), id -> new ArrayList<>()).add(move(row));
        }
        histories.replaceAll((id, events) -> events.stream().sorted(Comparator.comparingInt(ItemEvent::sequence)).toList());
        return Collections.unmodifiableMap(histories);
    }

    @Override
    public List<ActionItem> involving(String userKey) {
        return items(Query.select().where("OWNER_KEY = ? OR REQUESTER_KEY = ?", userKey, userKey));
    }

    private List<ActionItem> items(Query query) {
        return Arrays.stream(ao.find(AoActionItem.class, query)).map(AoActionItemStore::item).toList();
    }

    /** An event without its note and term changes, read from {@link #MOVE_COLUMNS} only. */
    private static ItemEvent move(AoItemEvent row) {
        return new ItemEvent(row.getItemId(), row.getSequenceNo(), Instant.parse(row.getHappenedAt()),
                Optional.ofNullable(row.getActorKey()), Move.valueOf(row.getMoveName()), State.valueOf(row.getFromState()),
                State.valueOf(row.getToState()), "", row.getTermsVersion(), AoColumns.day(row.getMoveDate()), List.of());
    }
}
