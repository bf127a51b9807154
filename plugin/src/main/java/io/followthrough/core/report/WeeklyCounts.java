package io.followthrough.core.report;

/**
 * The chart's weekly series, oldest week first: items created in each week, and items satisfied
 * (their delivery acknowledged) in each week.
 */
public record WeeklyCounts(int[] created, int[] satisfied) {
    public WeeklyCounts {
        if (created.length != satisfied.length) {
            throw new IllegalArgumentException(created.length + " weeks of created items, " + satisfied.length + " of satisfied");
        }
        created = created.clone();
        satisfied = satisfied.clone();
    }

    @Override
    public int[] created() {
        return created.clone();
    }

    @Override
    public int[] satisfied() {
        return satisfied.clone();
    }
}
