package io.followthrough.core.report;

import io.followthrough.core.port.Directory;
import io.followthrough.core.port.Person;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** The users one report names, each looked up once; a user the directory no longer knows shows as the key. */
final class People {
    private final Directory directory;
    private final Map<String, Person> known = new HashMap<>();

    People(Directory directory) {
        this.directory = directory;
    }

    /** Looks up at once those of these users not yet known: one question instead of one per user. */
    void lookUp(Collection<String> userKeys) {
        List<String> unknown = userKeys.stream().filter(key -> !known.containsKey(key)).distinct().toList();
        if (!unknown.isEmpty()) {
            Map<String, Person> found = directory.byKeys(unknown);
            unknown.forEach(key -> known.put(key, found.getOrDefault(key, new Person(key, key, key))));
        }
    }

    /** Looks up the owners and requesters of these rows, in one question for those not yet known. */
    void lookUpRows(Stream<ReportRow> rows) {
        lookUp(rows.flatMap(r -> Stream.of(r.item().terms().ownerKey(), r.item().terms().requesterKey())).toList());
    }

    Person of(String userKey) {
        return known.computeIfAbsent(userKey, key -> directory.byKey(key).orElse(new Person(key, key, key)));
    }

    /** By display name, ignoring case, then by key so that equal names keep a stable order. */
    Comparator<String> byName() {
        return Comparator.comparing((String key) -> of(key).displayName().toLowerCase(Locale.ROOT))
                .thenComparing(Comparator.naturalOrder());
    }

    Map<String, Person> all() {
        return Map.copyOf(known);
    }
}
