package io.followthrough.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one filter of the report's list offers, so that a big space does not offer thousands of
 * values: at most {@link #LIMIT} of them, plus the selected value wherever it ranks.
 *
 * @param offered the values offered, in the order of their labels
 * @param total   how many values there are in all
 */
public record Choices<T>(List<T> offered, int total) {
    /** The most values a filter offers. */
    public static final int LIMIT = 200;

    public Choices {
        offered = List.copyOf(offered);
    }

    /** Whether every value is offered. */
    public boolean complete() {
        return total <= LIMIT;
    }

    /** The values with the most items (ties in {@code order}), at most {@link #LIMIT}, and the selected one. */
    static <T> Choices<T> mostItems(Map<T, Integer> items, Comparator<T> order, Optional<T> selected) {
        List<T> offered = new ArrayList<>(items.keySet().stream().sorted(mostItemsFirst(items, order)).limit(LIMIT).toList());
        return of(offered, items.size(), order, selected);
    }

    /** Every value while there are at most {@link #LIMIT}, otherwise only the selected one. */
    static <T> Choices<T> allOrSelected(List<T> all, Comparator<T> order, Optional<T> selected) {
        return of(new ArrayList<>(all.size() <= LIMIT ? all : List.of()), all.size(), order, selected);
    }

    /** Most items first; equal counts in {@code order}. */
    static <T> Comparator<T> mostItemsFirst(Map<T, Integer> items, Comparator<T> order) {
        return Comparator.comparing((T value) -> items.getOrDefault(value, 0)).reversed().thenComparing(order);
    }

    private static <T> Choices<T> of(List<T> offered, int total, Comparator<T> order, Optional<T> selected) {
        selected.filter(value -> !offered.contains(value)).ifPresent(offered::add);
        offered.sort(order);
        return new Choices<>(offered, total);
    }
}
