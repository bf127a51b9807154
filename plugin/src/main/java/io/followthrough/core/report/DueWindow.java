package io.followthrough.core.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which due dates a list shows. Windows ahead count only work still owed (not yet delivered or closed). */
public enum DueWindow {
    ANY("any"), OVERDUE("overdue"), NEXT_7_DAYS("week"), NEXT_30_DAYS("month"), NO_DATE("none");

    private final String wireName;

    DueWindow(String wireName) {
        this.wireName = wireName;
    }

    /** The name in URLs, e.g. "overdue". */
    public String wireName() {
        return wireName;
    }

    public static Optional<DueWindow> byWireName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(w -> w.wireName.equals(wanted)).findFirst();
    }
}
