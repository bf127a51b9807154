package io.followthrough.confluence.sync;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import io.followthrough.confluence.host.ConfluenceDirectory;
import io.followthrough.core.commitment.ActionDeclaration;
import io.followthrough.core.commitment.ActionOnPage;
import io.followthrough.core.commitment.ActionParameters;
import io.followthrough.core.commitment.PageSync;
import io.followthrough.core.outcome.PageOutcomeTitles;
import io.followthrough.core.page.FoundMacro;
import io.followthrough.core.page.PageMacros;
import io.followthrough.core.page.StorageScanner;
import io.followthrough.core.param.ParameterProblem;
import io.followthrough.core.param.Parsed;
import io.followthrough.core.port.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads Confluence pages for the core's page sync: our macros from the stored body, the saving user, the space. */
public final class PageSyncService {
    private static final Set<String> OURS = Set.of("ft-action", "ft-outcome", OutcomePageSync.PURPOSE);
    private static final int EXCERPT = 200;

    private final PageSync sync;
    private final ActionParameters parameters;
    private final PageManager pageManager;
    private final SpaceManager spaceManager;
    private final StorageScanner scanner = new StorageScanner();
    private final OutcomePageSync outcomePages;

    public PageSyncService(PageSync pageSync, ConfluenceDirectory directory, PageManager pageManager,
                           SpaceManager spaceManager, OutcomePageSync outcomePageSync) {
        this.sync = pageSync;
        this.parameters = new ActionParameters(directory);
        this.pageManager = pageManager;
        this.spaceManager = spaceManager;
        this.outcomePages = outcomePageSync;
    }

    /** A page was created, edited or restored: bring its items, outcomes and purpose in line with its body. */
    public void saved(AbstractPage page) {
        if (page.getSpace() == null) {
            return;
        }
        PageMacros macros = scanner.find(page.getBodyAsString(), page.getId(), OURS::contains);
        sync.pageSaved(page.getId(), page.getSpace().getKey(), author(page), actions(macros));
        outcomePages.saved(page.getId(), page.getSpace().getKey(), macros);
    }

    public void trashed(AbstractPage page) {
        sync.pageTrashed(page.getId());
        outcomePages.trashed(page.getId());
    }

    public void restored(AbstractPage page) {
        sync.pageRestored(page.getId());
        outcomePages.restored(page.getId());
        saved(page);
    }

    public void purged(AbstractPage page) {
        sync.pagePurged(page.getId());
        outcomePages.purged(page.getId());
    }

    public void moved(AbstractPage page) {
        sync.pageMoved(page.getId(), page.getSpace().getKey());
        outcomePages.moved(page.getId(), page.getSpace().getKey());
    }

    /** Rebuilds items, outcomes and purposes of every current page of a space; returns the number of pages read. */
    public int rebuildSpace(String spaceKey) {
        Space space = spaceManager.getSpace(spaceKey);
        if (space == null) {
            return 0;
        }
        List<Page> pages = pageManager.getPages(space, true);
        pages.forEach(this::saved);
        return pages.size();
    }

    /**
     * The page's action items with terms that can be kept. A macro whose owner is missing or
     * unknown, or whose date is malformed, is left as it was: its inline message asks the author to fix it.
     */
    private List<ActionOnPage> actions(PageMacros macros) {
        List<String> outcomes = PageOutcomeTitles.of(macros).titles();
        List<ActionOnPage> actions = new ArrayList<>();
        for (FoundMacro macro : macros.macros()) {
            if (!macro.name().equals("ft-action") || macros.isRepeat(macro)) {
                continue;
            }
            Parsed<ActionDeclaration> parsed = parameters.read(macro.parameters(), outcomes);
            boolean keepable = parsed.problems().stream().allMatch(p -> p.code() == ParameterProblem.Code.UNKNOWN_OUTCOME);
            ActionDeclaration declared = parsed.value();
            if (keepable && declared.owner().isPresent()) {
                actions.add(new ActionOnPage(macro.macroId(), declared.kind(), declared.owner().get().key(),
                        declared.requester().map(Person::key), macro.bodyHash(), excerpt(macro.bodyText()),
                        declared.due(), declared.outcome()));
            }
        }
        return actions;
    }

    /** The start of the body text, without control characters (databases refuse some of them). */
    private static String excerpt(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= EXCERPT ? clean : clean.substring(0, EXCERPT - 1) + "\u2026";
    }

    /** Who saved this version: Confluence's last modifier, else the creator. */
    private static String author(AbstractPage page) {
        ConfluenceUser user = Optional.ofNullable(page.getLastModifier()).orElse(page.getCreator());
        return user == null ? "" : user.getKey().getStringValue();
    }
}
