package io.followthrough.confluence.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A page's purpose: one row per page, so {@code PAGE_ID} is unique. Whether it is expired is
 * derived from {@code UNTIL_DATE} when asked; days are {@code yyyy-MM-dd}, which sorts as text.
 */
@Table("PURPOSE")
public interface AoPurpose extends Entity {

    @NotNull
    @Unique
    long getPageId();

    @NotNull
    String getMacroId();

    void setMacroId(String macroId);

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @Indexed
    String getSponsorKey();

    void setSponsorKey(String sponsorKey);

    @Indexed
    @StringLength(AoColumns.DATE_LENGTH)
    String getUntilDate();

    void setUntilDate(String untilDate);

    @StringLength(AoColumns.DATE_LENGTH)
    String getReviewDate();

    void setReviewDate(String reviewDate);

    @NotNull
    String getPresence();

    void setPresence(String presence);
}
