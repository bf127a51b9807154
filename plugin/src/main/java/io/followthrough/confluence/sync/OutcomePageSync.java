package io.followthrough.confluence.sync;

import io.followthrough.confluence.host.ConfluenceDirectory;
import io.followthrough.core.outcome.OutcomeOnPage;
import io.followthrough.core.outcome.OutcomeParameters;
import io.followthrough.core.outcome.OutcomeSync;
import io.followthrough.core.outcome.PageOutcomeTitles;
import io.followthrough.core.page.FoundMacro;
import io.followthrough.core.page.PageMacros;
import io.followthrough.core.port.Person;
import io.followthrough.core.purpose.Purpose;
import io.followthrough.core.purpose.PurposeOnPage;
import io.followthrough.core.purpose.PurposeParameters;
import io.followthrough.core.purpose.PurposeSync;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a page's ft-outcome and ft-purpose macros for the core's outcome and purpose sync, and passes page lifecycle on. */
public final class OutcomePageSync {
    static final String PURPOSE = "ft-purpose";

    private final OutcomeSync outcomes;
    private final PurposeSync purposes;
    private final OutcomeParameters outcomeParameters;
    private final PurposeParameters purposeParameters;

    public OutcomePageSync(OutcomeSync outcomeSync, PurposeSync purposeSync, ConfluenceDirectory directory) {
        this.outcomes = outcomeSync;
        this.purposes = purposeSync;
        this.outcomeParameters = new OutcomeParameters(directory);
        this.purposeParameters = new PurposeParameters(directory);
    }

    /** A page version was saved: its outcomes and purpose as the macros state them. */
    public void saved(long pageId, String spaceKey, PageMacros macros) {
        PageOutcomeTitles titles = PageOutcomeTitles.of(macros);
        List<OutcomeOnPage> trackable = new ArrayList<>();
        List<String> onPage = new ArrayList<>();
        for (FoundMacro macro : macros.macros()) {
            if (macro.name().equals(PageOutcomeTitles.MACRO)) {
                onPage.add(macro.macroId());
                if (!macros.isRepeat(macro)) {
                    OutcomeParameters.trackable(macro.macroId(), outcomeParameters.read(macro.parameters(), titles,
                            macro.macroId())).ifPresent(trackable::add);
                }
            }
        }
        outcomes.pageSaved(pageId, spaceKey, trackable, onPage);
        purposes.pageSaved(pageId, spaceKey, purpose(macros));
    }

    public void trashed(long pageId) {
        outcomes.pageTrashed(pageId);
        purposes.pageTrashed(pageId);
    }

    public void restored(long pageId) {
        outcomes.pageRestored(pageId);
        purposes.pageRestored(pageId);
    }

    public void purged(long pageId) {
        outcomes.pagePurged(pageId);
        purposes.pagePurged(pageId);
    }

    public void moved(long pageId, String spaceKey) {
        outcomes.pageMoved(pageId, spaceKey);
        purposes.pageMoved(pageId, spaceKey);
    }

    /** The first purpose macro is the page's purpose (later ones render a warning); what it gets wrong is stored as unknown. */
    private Optional<PurposeOnPage> purpose(PageMacros macros) {
        return macros.macros().stream().filter(m -> m.name().equals(PURPOSE)).findFirst().map(macro -> {
            Purpose read = purposeParameters.read(macro.parameters()).value();
            return new PurposeOnPage(macro.macroId(), read.sponsor().map(Person::key), read.until(), read.review());
        });
    }
}
