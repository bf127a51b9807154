package io.followthrough.confluence.rest;

import io.followthrough.core.purpose.PagePurpose;
import java.time.LocalDate;
import java.util.Locale;

/** A page's purpose as REST clients see it; {@code expired} and {@code reviewDue} are as of today. */
public record PurposeJson(long id, long pageId, String macroId, String spaceKey, String sponsor, String until, String review,
                          String presence, boolean expired, boolean reviewDue) {

    static PurposeJson of(PagePurpose purpose, LocalDate today) {
        return new PurposeJson(purpose.id(), purpose.pageId(), purpose.macroId(), purpose.spaceKey(),
                purpose.sponsorKey().orElse(null), purpose.until().map(LocalDate::toString).orElse(null),
                purpose.review().map(LocalDate::toString).orElse(null), purpose.presence().name().toLowerCase(Locale.ROOT),
                purpose.isExpired(today), purpose.isReviewDue(today));
    }
}
