package io.followthrough.confluence.web;

import io.followthrough.core.commitment.State;
import io.followthrough.core.port.Person;
import io.followthrough.core.report.Matrix;
import io.followthrough.core.report.MatrixCell;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The report's requester × owner matrix as the template reads it: owners, rows of cells, and who is left out. */
final class ReportMatrixView {
    private final ReportText text;

    ReportMatrixView(ReportText text) {
        this.text = text;
    }

    Map<String, Object> of(Matrix matrix, Map<String, Person> people, ReportLinks links) {
        // Looked up by pair, not searched: the grid asks for every row times every column.
        Map<List<Optional<String>>, MatrixCell> byPair = matrix.cells().stream()
                .collect(Collectors.toMap(c -> List.of(c.requesterKey(), c.ownerKey()), c -> c));
        List<Optional<String>> owners = withOthers(matrix.ownerKeys(), matrix.hasOtherOwners());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Optional<String> requester : withOthers(matrix.requesterKeys(), matrix.hasOtherRequesters())) {
            List<Map<String, String>> cells = new ArrayList<>();
            for (Optional<String> owner : owners) {
                MatrixCell found = byPair.get(List.of(requester, owner));
                cells.add(found == null ? Map.of() : cell(found, links));
            }
            rows.add(Map.of("requester", name(requester, people), "others", requester.isEmpty(), "cells", cells));
        }
        boolean capped = matrix.hasOtherOwners() || matrix.hasOtherRequesters();
        return Map.of("owners", owners.stream().map(o -> Map.of("name", name(o, people), "others", o.isEmpty())).toList(),
                "rows", rows, "shown", !capped ? "" : text.text("report.matrix.shown", matrix.requesterKeys().size(),
                        matrix.requesters(), matrix.ownerKeys().size(), matrix.owners()));
    }

    /** The keys shown, then, if anyone is left out, empty for everyone else. */
    private static List<Optional<String>> withOthers(List<String> keys, boolean others) {
        return Stream.concat(keys.stream().map(Optional::of), others ? Stream.of(Optional.<String>empty()) : Stream.empty())
                .toList();
    }

    private String name(Optional<String> key, Map<String, Person> people) {
        return key.map(k -> ReportText.name(k, people)).orElseGet(() -> text.text("report.matrix.everyone-else"));
    }

    /** A cell's figures; a cell of two people links to their items, one that adds up everyone else cannot. */
    private Map<String, String> cell(MatrixCell cell, ReportLinks links) {
        String byState = cell.byState().entrySet().stream()
                .map((Map.Entry<State, Integer> e) -> text.state(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
        Map<String, String> view = new HashMap<>(Map.of("open", String.valueOf(cell.open()),
                "total", String.valueOf(cell.total()), "byState", byState,
                "label", text.text("report.matrix.cell", cell.open(), cell.total())));
        if (cell.requesterKey().isPresent() && cell.ownerKey().isPresent()) {
            view.put("url", links.with(Map.of("requester", cell.requesterKey().get(), "owner", cell.ownerKey().get(),
                    "state", "", "due", "", "pageId", "", "pageTitle", "", "outcome", "", "page", "")) + "#ft-items");
        }
        return view;
    }
}
