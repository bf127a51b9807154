package io.followthrough.confluence.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One recorded move in an item's history; written once, never changed, so it has no setters.
 *
 * <p>{@code ITEM_SEQ} is unique: of two moves made against the same item version only one row can
 * be inserted. {@code PAGE_ID} repeats the item's page so a page's histories load in one query.
 */
@Table("ITEM_EVENT")
public interface AoItemEvent extends Entity {

    @NotNull
    @Indexed
    long getItemId();

    @NotNull
    @Indexed
    long getPageId();

    /** {@code itemId + ":" + sequenceNo}. */
    @NotNull
    @Unique
    @StringLength(AoColumns.SEQ_LENGTH)
    String getItemSeq();

    int getSequenceNo();

    @NotNull
    @StringLength(AoColumns.INSTANT_LENGTH)
    String getHappenedAt();

    String getActorKey();

    @NotNull
    String getMoveName();

    @NotNull
    String getFromState();

    @NotNull
    String getToState();

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    int getTermsVersion();

    @StringLength(AoColumns.DATE_LENGTH)
    String getMoveDate();

    /** What changed, old to new, encoded by {@link TermsChangeColumn}. */
    @StringLength(StringLength.UNLIMITED)
    String getChanges();
}
