package io.followthrough.core.commitment;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What one ft-action macro on a saved page says, already validated: the page's side of the terms.
 *
 * @param requesterKey empty when the macro names no requester; the item then keeps its requester,
 *                     or a new item takes the author of the page version it first appeared in
 */
public record ActionOnPage(String macroId, Kind kind, String ownerKey, Optional<String> requesterKey, String bodyHash,
                          String bodyExcerpt, Optional<LocalDate> due, Optional<String> outcome) {
    public ActionOnPage {
        requesterKey = requesterKey == null ? Optional.empty() : requesterKey;
        due = due == null ? Optional.empty() : due;
        outcome = outcome == null ? Optional.empty() : outcome;
    }

    Terms terms(String requester) {
        return new Terms(ownerKey, requester, bodyHash, bodyExcerpt, due);
    }
}
