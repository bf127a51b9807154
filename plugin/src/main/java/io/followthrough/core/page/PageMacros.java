package io.followthrough.core.page;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Our macros on one page in document order, and the macro ids that more than one of them carries. */
public final class PageMacros {
    private final List<FoundMacro> macros;
    private final Map<String, Integer> firstPositionById = new HashMap<>();
    private final Set<String> duplicateIds = new LinkedHashSet<>();

    PageMacros(List<FoundMacro> macros) {
        this.macros = List.copyOf(macros);
        for (FoundMacro macro : this.macros) {
            if (firstPositionById.putIfAbsent(macro.macroId(), macro.position()) != null) {
                duplicateIds.add(macro.macroId());
            }
        }
    }

    public List<FoundMacro> macros() {
        return macros;
    }

    /** Ids carried by more than one macro (copied storage format does this), in order of first repeat. */
    public Set<String> duplicateIds() {
        return Collections.unmodifiableSet(duplicateIds);
    }

    /** A later copy of an id already used above it on the page: the first one is the item, this one is an error. */
    public boolean isRepeat(FoundMacro macro) {
        Integer first = firstPositionById.get(macro.macroId());
        return first != null && first != macro.position();
    }
}
