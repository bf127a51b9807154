package io.followthrough.core.report;

import java.util.List;
import java.util.Optional;

/**
 * Who owes what to whom: requesters (rows) by owners (columns), both by display name, with a cell
 * for every pair that shares at least one item on a page.
 */
public record Matrix(List<String> requesterKeys, List<String> ownerKeys, List<MatrixCell> cells) {
    public Matrix {
        requesterKeys = List.copyOf(requesterKeys);
        ownerKeys = List.copyOf(ownerKeys);
        cells = List.copyOf(cells);
    }

    public Optional<MatrixCell> cell(String requesterKey, String ownerKey) {
        return cells.stream().filter(c -> c.requesterKey().equals(requesterKey) && c.ownerKey().equals(ownerKey)).findFirst();
    }
}
