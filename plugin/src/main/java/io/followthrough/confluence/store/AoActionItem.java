package io.followthrough.confluence.store;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
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
 *
 * <p>The report learns which pages of a space hold items, and the newest item, from the
 * (space, page, id) index alone, without reading the rows; it finds the middle time to answer and
 * to acknowledge by walking the (space, time, page, id, presence) indexes, which hold every column
 * those queries test, instead of sorting the space's rows; a page of the list by due date is read
 * in order from the (space, presence, due sort key, id, page) index, which stops after the page's
 * rows; the item awaiting an answer the longest is the first of a walk of the (space, state, time
 * in state, id, page) index per state. An index holds at most two of the 255-character text
 * columns, to stay within MySQL's 3,072-byte key in utf8mb4.
 */
@Table("ACTION_ITEM")
@Indexes({
    @Index(name = "space_page_id", methodNames = {"getSpaceKey", "getPageId", "getID"}),
    @Index(name = "space_answer_millis", methodNames = {"getSpaceKey", "getAnswerMillis", "getPageId", "getID", "getPresence"}),
    @Index(name = "space_ack_millis", methodNames = {"getSpaceKey", "getAckMillis", "getPageId", "getID", "getPresence"}),
    @Index(name = "space_presence_due_sort", methodNames = {"getSpaceKey", "getPresence", "getDueSort", "getID", "getPageId"}),
    @Index(name = "space_state_since", methodNames = {"getSpaceKey", "getItemState", "getStateSince", "getID", "getPageId"})
})
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

    /**
     * The agreed date, else the date the page asks for, else {@link AoColumns#NO_DUE_DATE}: what the
     * list sorts and filters by due date on, kept by the store whenever either date changes.
     */
    @StringLength(AoColumns.DATE_LENGTH)
    String getDueSort();

    void setDueSort(String dueSort);

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

    // What the item's history says for the report's figures (see ItemMetrics), kept on every change.

    /** Time to answer in milliseconds; null while never answered. */
    Long getAnswerMillis();

    void setAnswerMillis(Long answerMillis);

    /** Time to acknowledge in milliseconds; null while never acknowledged. */
    Long getAckMillis();

    void setAckMillis(Long ackMillis);

    /** 1 delivered on time against the first agreed date, 0 late; null when not delivered or no date was agreed. */
    Integer getOnTimeOriginal();

    void setOnTimeOriginal(Integer onTimeOriginal);

    /** Likewise against the last agreed date. */
    Integer getOnTimeLast();

    void setOnTimeLast(Integer onTimeLast);

    /** 1 when answered at least once. */
    Integer getAnswered();

    void setAnswered(Integer answered);

    /** 1 when answered and declined at least once. */
    Integer getDeclined();

    void setDeclined(Integer declined);

    /** 1 when answered and renegotiated. */
    Integer getRenegotiated();

    void setRenegotiated(Integer renegotiated);
}
