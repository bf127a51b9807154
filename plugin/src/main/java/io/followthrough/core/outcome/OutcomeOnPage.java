package io.followthrough.core.outcome;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What one ft-outcome macro on a saved page says, already validated: the page's side of the outcome. */
public record OutcomeOnPage(String macroId, String title, Optional<String> ownerKey, Optional<LocalDate> due,
                            String measure) {
    public OutcomeOnPage {
        Objects.requireNonNull(macroId, "macroId");
        Objects.requireNonNull(title, "title");
        ownerKey = ownerKey == null ? Optional.empty() : ownerKey;
        due = due == null ? Optional.empty() : due;
        measure = measure == null ? "" : measure;
    }
}
