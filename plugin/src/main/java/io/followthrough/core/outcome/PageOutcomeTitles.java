package io.followthrough.core.outcome;

import io.followthrough.core.page.FoundMacro;
import io.followthrough.core.page.PageMacros;
import io.followthrough.core.param.ParameterReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The titles of a page's ft-outcome macros and which macro holds each: a title belongs to the
 * first macro in page order that uses it; later ones with the same title are duplicates.
 * Titles are read as {@link OutcomeParameters} reads them (trimmed, at most
 * {@value ParameterReader#MAX_LENGTH} characters), so what action items may name is what outcomes are.
 */
public final class PageOutcomeTitles {
    public static final String MACRO = "ft-outcome";

    private final Map<String, String> holders = new LinkedHashMap<>();

    private PageOutcomeTitles(List<FoundMacro> outcomes) {
        for (FoundMacro macro : outcomes) {
            title(macro.parameters()).ifPresent(title -> holders.putIfAbsent(title, macro.macroId()));
        }
    }

    /** The titles of the page's ft-outcome macros, among all the macros found on it. */
    public static PageOutcomeTitles of(PageMacros macros) {
        return new PageOutcomeTitles(macros.macros().stream().filter(m -> m.name().equals(MACRO)).toList());
    }

    /** Each title once, in page order. */
    public List<String> titles() {
        return List.copyOf(holders.keySet());
    }

    public boolean contains(String title) {
        return holders.containsKey(title);
    }

    /** Whether a macro above the one with this id already uses the title. */
    public boolean isTakenBefore(String title, String macroId) {
        String holder = holders.get(title);
        return holder != null && !holder.equals(macroId);
    }

    private static Optional<String> title(Map<String, String> parameters) {
        return new ParameterReader(parameters, null).text(OutcomeParameters.TITLE, false);
    }
}
