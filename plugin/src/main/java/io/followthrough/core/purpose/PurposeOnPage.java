package io.followthrough.core.purpose;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What the page's ft-purpose macro says, as far as it could be read: parts it gets wrong are empty. */
public record PurposeOnPage(String macroId, Optional<String> sponsorKey, Optional<LocalDate> until,
                            Optional<LocalDate> review) {
    public PurposeOnPage {
        Objects.requireNonNull(macroId, "macroId");
        sponsorKey = sponsorKey == null ? Optional.empty() : sponsorKey;
        until = until == null ? Optional.empty() : until;
        review = review == null ? Optional.empty() : review;
    }
}
