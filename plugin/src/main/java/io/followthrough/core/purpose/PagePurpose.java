package io.followthrough.core.purpose;

import io.followthrough.core.commitment.Presence;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A page's purpose as the app keeps it, so reports and permission checks need not read page
 * bodies: who sponsors it and its time frame. Whether it is expired depends on the day it is asked,
 * so it is derived from {@code until}, never stored.
 *
 * @param sponsorKey empty when the macro names nobody the directory knows
 */
public record PagePurpose(long id, long pageId, String macroId, String spaceKey, Optional<String> sponsorKey,
                          Optional<LocalDate> until, Optional<LocalDate> review, Presence presence) {

    public PagePurpose {
        Objects.requireNonNull(macroId, "macroId");
        sponsorKey = sponsorKey == null ? Optional.empty() : sponsorKey;
        until = until == null ? Optional.empty() : until;
        review = review == null ? Optional.empty() : review;
    }

    public boolean isSponsor(String userKey) {
        return sponsorKey.filter(sponsor -> sponsor.equals(userKey)).isPresent();
    }

    public boolean isExpired(LocalDate today) {
        return new TimeFrame(until, review).isExpired(today);
    }

    public boolean isReviewDue(LocalDate today) {
        return new TimeFrame(until, review).isReviewDue(today);
    }

    PagePurpose withPresence(Presence newPresence) {
        return new PagePurpose(id, pageId, macroId, spaceKey, sponsorKey, until, review, newPresence);
    }
}
