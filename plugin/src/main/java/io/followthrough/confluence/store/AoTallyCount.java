package io.followthrough.confluence.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One count of a space's tally ({@link io.followthrough.core.report.SpaceTally}): how many items a
 * key gained or lost in one change. Rows are only ever added, so writers never wait for one
 * another on a shared row and cannot deadlock; a key's count is the sum of its rows, and
 * {@link TallyCompaction} folds them into one row now and then. The key's people and titles are
 * nullable because some databases store an empty text as null.
 */
@Table("TALLY_COUNT")
public interface AoTallyCount extends Entity {

    @NotNull
    @Indexed
    String getSpaceKey();

    /** A {@link io.followthrough.core.report.SpaceTally.Facet} name. */
    @NotNull
    String getFacet();

    @NotNull
    String getCode();

    String getFirstText();

    @StringLength(StringLength.MAX_LENGTH)
    String getSecondText();

    /** Items added (positive) or taken away (negative). */
    @NotNull
    int getItems();
}
