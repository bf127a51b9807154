package io.followthrough.core.commitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the page says is promised: performer, customer, the conditions of satisfaction (kept as a
 * hash of the normalised body text, plus a short excerpt to show) and the due date.
 */
public record Terms(String ownerKey, String requesterKey, String bodyHash, String bodyExcerpt, Optional<LocalDate> due) {
    public Terms {
        Objects.requireNonNull(ownerKey, "ownerKey");
        Objects.requireNonNull(requesterKey, "requesterKey");
        bodyHash = bodyHash == null ? "" : bodyHash;
        bodyExcerpt = bodyExcerpt == null ? "" : bodyExcerpt;
        due = due == null ? Optional.empty() : due;
    }

    /** Differences a person must see, in a stable order; the owner is compared separately. */
    public List<TermsChange> changesTo(Terms next) {
        List<TermsChange> changes = new ArrayList<>();
        if (!requesterKey.equals(next.requesterKey)) {
            changes.add(new TermsChange(TermsChange.Field.REQUESTER, requesterKey, next.requesterKey));
        }
        if (!due.equals(next.due)) {
            changes.add(new TermsChange(TermsChange.Field.DUE, due.map(LocalDate::toString).orElse(""),
                    next.due.map(LocalDate::toString).orElse("")));
        }
        if (!bodyHash.equals(next.bodyHash)) {
            changes.add(new TermsChange(TermsChange.Field.BODY, bodyExcerpt, next.bodyExcerpt));
        }
        return changes;
    }

    public boolean sameOwner(Terms other) {
        return ownerKey.equals(other.ownerKey);
    }
}
