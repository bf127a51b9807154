package io.followthrough.confluence.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One action item's row: its terms as the page states them and the state people have reached.
 *
 * <p>Dates are ISO-8601 strings: {@code yyyy-MM-dd} for days and fixed-width UTC instants (see
 * {@link AoColumns}), so they round-trip exactly and sort as text. Enums are stored by name.
 * Setters exist only for the columns the store changes after creation.
 */
@Table("ACTION_ITEM")
public interface AoActionItem extends Entity {

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

    @NotNull
    String getKind();

    void setKind(String kind);

    @Indexed
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    @Indexed
    String getRequesterKey();

    void setRequesterKey(String requesterKey);

    String getBodyHash();

    void setBodyHash(String bodyHash);

    @StringLength(StringLength.MAX_LENGTH)
    String getBodyExcerpt();

    void setBodyExcerpt(String bodyExcerpt);

    /** The due date the page asks for. */
    @Indexed
    @StringLength(AoColumns.DATE_LENGTH)
    String getDue();

    void setDue(String due);

    @StringLength(StringLength.MAX_LENGTH)
    String getOutcome();

    void setOutcome(String outcome);

    @NotNull
    @Indexed
    String getItemState();

    void setItemState(String itemState);

    int getVersion();

    void setVersion(int version);

    int getTermsVersion();

    void setTermsVersion(int termsVersion);

    @Indexed
    @StringLength(AoColumns.DATE_LENGTH)
    String getAgreedDue();

    void setAgreedDue(String agreedDue);

    @StringLength(AoColumns.DATE_LENGTH)
    String getCounterDue();

    void setCounterDue(String counterDue);

    @NotNull
    String getPresence();

    void setPresence(String presence);

    @NotNull
    @StringLength(AoColumns.INSTANT_LENGTH)
    String getCreatedAt();

    @NotNull
    @StringLength(AoColumns.INSTANT_LENGTH)
    String getStateSince();

    void setStateSince(String stateSince);
}
