package io.followthrough.confluence.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One recorded event in an outcome's history; written once, never changed, so it has no setters.
 *
 * <p>{@code OUTCOME_SEQ} is unique: of two status updates made against the same outcome version only
 * one row can be inserted. {@code PAGE_ID} repeats the outcome's page so a page's histories load in one query.
 */
@Table("OUTCOME_EVENT")
public interface AoOutcomeEvent extends Entity {

    @NotNull
    @Indexed
    long getOutcomeId();

    @NotNull
    @Indexed
    long getPageId();

    /** {@code outcomeId + ":" + sequenceNo}. */
    @NotNull
    @Unique
    @StringLength(AoColumns.SEQ_LENGTH)
    String getOutcomeSeq();

    int getSequenceNo();

    @NotNull
    @StringLength(AoColumns.INSTANT_LENGTH)
    String getHappenedAt();

    String getActorKey();

    @NotNull
    String getEventKind();

    @NotNull
    String getFromStatus();

    @NotNull
    String getToStatus();

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    /** For changes of what the page states: the old value. */
    @StringLength(StringLength.MAX_LENGTH)
    String getBeforeValue();

    @StringLength(StringLength.MAX_LENGTH)
    String getAfterValue();
}
