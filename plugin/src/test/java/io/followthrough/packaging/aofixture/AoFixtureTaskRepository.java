package io.followthrough.packaging.aofixture;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Arrays;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** A repository shaped like the plugin's future ones: DBParam on create, Query on find, save after setters. */
public final class AoFixtureTaskRepository {
    private final ActiveObjects ao;

    public AoFixtureTaskRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    public int add(long pageId, String title) {
        AoFixtureTask task = ao.create(AoFixtureTask.class, new DBParam("PAGE_ID", pageId), new DBParam("TITLE", title));
        return task.getID();
    }

    public List<String> openTitles(long pageId, int limit) {
        Query open = Query.select().where("PAGE_ID = ? AND DONE = ?", pageId, false).order("ID").limit(limit);
        return Arrays.stream(ao.find(AoFixtureTask.class, open)).map(AoFixtureTask::getTitle).toList();
    }

    public void complete(int id) {
        AoFixtureTask task = ao.get(AoFixtureTask.class, id);
        task.setDone(true);
        task.save();
    }
}
