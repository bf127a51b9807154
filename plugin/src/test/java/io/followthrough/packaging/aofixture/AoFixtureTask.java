package io.followthrough.packaging.aofixture;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** An entity shaped like the plugin's future ones, so the Active Objects parity check has real usage to check. */
@Preload
@Table("FIX_TASK")
public interface AoFixtureTask extends Entity {

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @StringLength(StringLength.MAX_LENGTH)
    String getTitle();

    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getNotes();

    void setNotes(String notes);

    boolean isDone();

    void setDone(boolean done);
}
