package io.followthrough.core.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a list can be sorted by; people sort by display name, items without a due date last. */
public enum SortKey {
    DUE, STATE, OWNER, REQUESTER, PAGE, CREATED, SINCE;

    /** The name in URLs, e.g. "due". */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SortKey> byWireName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.wireName().equals(wanted)).findFirst();
    }
}
