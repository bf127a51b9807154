package io.followthrough.core.report;

import java.util.List;
import java.util.Optional;

/**
 * Who owes what to whom: the requesters (rows) and owners (columns) with the most items on pages,
 * at most {@link #LIMIT} of each, most items first (equal counts by display name, then key), with a
 * cell for every pair that shares at least one item on a page. When more people have items, an
 * "everyone else" row and column add up the items of those not shown, in cells whose requester or
 * owner key is empty; so every row, every column and the whole still add up to the items on pages.
 *
 * @param requesters how many requesters have items on pages, shown or not
 * @param owners     how many owners have items on pages, shown or not
 */
public record Matrix(List<String> requesterKeys, List<String> ownerKeys, List<MatrixCell> cells, int requesters,
                     int owners) {
    /** The most requesters, and the most owners, the matrix shows by name. */
    public static final int LIMIT = 12;

    public Matrix {
        requesterKeys = List.copyOf(requesterKeys);
        ownerKeys = List.copyOf(ownerKeys);
        cells = List.copyOf(cells);
    }

    /** Whether an "everyone else" row adds up requesters not shown. */
    public boolean hasOtherRequesters() {
        return requesters > requesterKeys.size();
    }

    /** Whether an "everyone else" column adds up owners not shown. */
    public boolean hasOtherOwners() {
        return owners > ownerKeys.size();
    }

    /** The cell of a requester and an owner; an empty key stands for everyone else. */
    public Optional<MatrixCell> cell(Optional<String> requesterKey, Optional<String> ownerKey) {
        return cells.stream().filter(c -> c.requesterKey().equals(requesterKey) && c.ownerKey().equals(ownerKey)).findFirst();
    }

    public Optional<MatrixCell> cell(String requesterKey, String ownerKey) {
        return cell(Optional.of(requesterKey), Optional.of(ownerKey));
    }
}
