package io.followthrough.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import io.followthrough.core.outcome.Outcome;
import io.followthrough.core.outcome.OutcomeEvent;
import io.followthrough.core.outcome.PageOutcomeTitles;
import io.followthrough.core.page.PageMacros;
import io.followthrough.core.page.StorageScanner;
import io.followthrough.core.port.OutcomeStore;
import io.followthrough.core.port.PurposeStore;
import io.followthrough.core.purpose.PagePurpose;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The outcomes and purpose of the page being rendered, loaded once for all its macros and kept in
 * the conversion context for the rest of that render (three queries per page, however many
 * macros). It also tracks which ft-outcome macro ids this render has seen, to spot copies.
 */
final class PageOutcomes {
    private static final String PROPERTY = "io.followthrough.pageOutcomes";
    private static final String TITLES = "io.followthrough.pageOutcomeTitles";

    private final Map<String, Outcome> byMacroId = new LinkedHashMap<>();
    private final Map<Long, List<OutcomeEvent>> histories;
    private final Optional<PagePurpose> purpose;
    private final Set<String> seen = new HashSet<>();
    private int withoutId;

    private PageOutcomes(List<Outcome> outcomes, Map<Long, List<OutcomeEvent>> histories, Optional<PagePurpose> purpose) {
        outcomes.forEach(outcome -> byMacroId.put(outcome.macroId(), outcome));
        this.histories = histories;
        this.purpose = purpose;
    }

    static PageOutcomes of(ConversionContext context, long pageId, OutcomeStore outcomes, PurposeStore purposes) {
        Object cached = context.getProperty(PROPERTY);
        if (cached instanceof PageOutcomes loaded) {
            return loaded;
        }
        PageOutcomes loaded = pageId <= 0 ? new PageOutcomes(List.of(), Map.of(), Optional.empty())
                : new PageOutcomes(outcomes.byPage(pageId), outcomes.historiesOfPage(pageId), purposes.byPage(pageId));
        context.setProperty(PROPERTY, loaded);
        return loaded;
    }

    /** The titles the page's ft-outcome macros hold, read once per render from the stored body (no query). */
    static PageOutcomeTitles titles(ConversionContext context, long pageId) {
        Object cached = context.getProperty(TITLES);
        if (cached instanceof PageOutcomeTitles titles) {
            return titles;
        }
        PageMacros macros = new StorageScanner().find(MacroContext.pageStorage(context).orElse(""), pageId,
                PageOutcomeTitles.MACRO::equals);
        PageOutcomeTitles titles = PageOutcomeTitles.of(macros);
        context.setProperty(TITLES, titles);
        return titles;
    }

    /** Every outcome of the page in the order they were created, whatever their presence. */
    List<Outcome> all() {
        return List.copyOf(byMacroId.values());
    }

    Optional<Outcome> outcome(String macroId) {
        return Optional.ofNullable(byMacroId.get(macroId));
    }

    List<OutcomeEvent> history(long outcomeId) {
        return histories.getOrDefault(outcomeId, List.of());
    }

    /** The page's purpose as stored: whose sponsor may set outcome statuses. */
    Optional<PagePurpose> purpose() {
        return purpose;
    }

    /** False when this render already showed an outcome macro with this id: the page holds a copy of it. */
    boolean firstSighting(String macroId) {
        return seen.add(macroId);
    }

    /** Macros render in document order, so the n-th ft-outcome without an id (from 1) gets the n-th fallback id. */
    int nextOrdinalWithoutId() {
        return ++withoutId;
    }
}
