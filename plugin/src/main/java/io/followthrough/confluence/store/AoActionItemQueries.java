package io.followthrough.confluence.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.port.ActionItemQueries;
import java.util.Arrays;
import java.util.List;
import net.java.ao.Query;

/** The inbox's query in Active Objects, one SQL statement. */
public final class AoActionItemQueries implements ActionItemQueries {
    private final ActiveObjects ao;

    public AoActionItemQueries(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<ActionItem> involving(String userKey) {
        return Arrays.stream(ao.find(AoActionItem.class, Query.select().where("OWNER_KEY = ? OR REQUESTER_KEY = ?", userKey, userKey)))
                .map(AoActionItemStore::item).toList();
    }
}
