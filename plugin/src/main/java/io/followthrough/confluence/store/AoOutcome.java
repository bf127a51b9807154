package io.followthrough.confluence.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One expected outcome's row: what the page states (title, owner, due date, measure) and the status
 * people set. Values are written as {@link AoColumns} says; setters exist only for the columns the
 * store changes after creation.
 */
@Table("OUTCOME")
public interface AoOutcome extends Entity {

    @NotNull
    @Indexed
    long getPageId();

    @NotNull
    String getMacroId();

    /** {@code pageId + ":" + macroId}: makes (page, macro) unique on every database. */
    @NotNull
    @Unique
    @StringLength(StringLength.MAX_LENGTH)
    String getPageMacro();

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** What action items name in their {@code outcome} parameter. */
    @NotNull
    String getTitle();

    void setTitle(String title);

    @Indexed
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    @Indexed
    @StringLength(AoColumns.DATE_LENGTH)
    String getDue();

    void setDue(String due);

    String getMeasure();

    void setMeasure(String measure);

    @NotNull
    @Indexed
    String getOutcomeStatus();

    void setOutcomeStatus(String outcomeStatus);

    int getVersion();

    void setVersion(int version);

    @NotNull
    String getPresence();

    void setPresence(String presence);

    @NotNull
    @StringLength(AoColumns.INSTANT_LENGTH)
    String getCreatedAt();

    @NotNull
    @StringLength(AoColumns.INSTANT_LENGTH)
    String getStatusSince();

    void setStatusSince(String statusSince);
}
