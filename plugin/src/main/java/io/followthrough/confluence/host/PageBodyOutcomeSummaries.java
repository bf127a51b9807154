package io.followthrough.confluence.host;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import io.followthrough.core.page.FoundMacro;
import io.followthrough.core.page.PageMacros;
import io.followthrough.core.page.StorageScanner;
import io.followthrough.core.param.ParameterReader;
import io.followthrough.core.port.Directory;
import io.followthrough.core.port.OutcomeSummaries;
import io.followthrough.core.port.PageRef;
import io.followthrough.core.port.Person;
import io.followthrough.core.purpose.Purpose;
import io.followthrough.core.purpose.PurposeParameters;
import io.followthrough.core.report.OutcomeSummary;
import io.followthrough.core.report.PurposeSummary;
import io.followthrough.core.report.SpaceGoals;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * STAND-IN until expected outcomes are stored (issue 5): purposes and outcomes as the viewable
 * pages' bodies state them today. The space's pages come from one {@code getPages} call (a single
 * page by its id) and each body is scanned; outcomes carry no recorded status. Issue 5 replaces this class with a store
 * that answers from Active Objects.
 */
public final class PageBodyOutcomeSummaries implements OutcomeSummaries {
    private static final Set<String> NAMES = Set.of("ft-purpose", "ft-outcome");

    private final PageManager pageManager;
    private final SpaceManager spaceManager;
    private final Directory directory;
    private final PurposeParameters purposeParameters;
    private final StorageScanner scanner = new StorageScanner();

    public PageBodyOutcomeSummaries(PageManager pageManager, SpaceManager spaceManager, Directory directory) {
        this.pageManager = pageManager;
        this.spaceManager = spaceManager;
        this.directory = directory;
        this.purposeParameters = new PurposeParameters(directory);
    }

    @Override
    public SpaceGoals of(String spaceKey, Collection<PageRef> pages) {
        Space space = spaceManager.getSpace(spaceKey);
        if (space == null || pages.isEmpty()) {
            return SpaceGoals.none();
        }
        Map<Long, PageRef> viewable = pages.stream().collect(Collectors.toMap(PageRef::id, Function.identity(), (a, b) -> a));
        List<PurposeSummary> purposes = new ArrayList<>();
        List<OutcomeSummary> outcomes = new ArrayList<>();
        // One page (the outcome report macro's own) is looked up by id; more come in one call for the space.
        List<Page> candidates = pages.size() == 1
                ? Optional.ofNullable(pageManager.getPage(pages.iterator().next().id())).stream().toList()
                : pageManager.getPages(space, true);
        for (Page page : candidates) {
            PageRef ref = viewable.get(page.getId());
            if (ref == null || page.getBodyAsString() == null) {
                continue;
            }
            PageMacros macros = scanner.find(page.getBodyAsString(), page.getId(), NAMES::contains);
            macros.macros().stream().filter(m -> m.name().equals("ft-purpose")).findFirst()
                    .ifPresent(m -> purposes.add(purpose(ref, m)));
            Set<String> titles = new HashSet<>();
            macros.macros().stream().filter(m -> m.name().equals("ft-outcome"))
                    .map(m -> outcome(ref, m)).flatMap(Optional::stream)
                    .filter(o -> titles.add(o.title())).forEach(outcomes::add);
        }
        return new SpaceGoals(purposes, outcomes);
    }

    private PurposeSummary purpose(PageRef page, FoundMacro macro) {
        Purpose purpose = purposeParameters.read(macro.parameters()).value();
        return new PurposeSummary(page, purpose.sponsor().map(Person::key), purpose.until(), purpose.review());
    }

    /** The outcome's title, owner and due date; an outcome without a title cannot be named by items and is left out. */
    private Optional<OutcomeSummary> outcome(PageRef page, FoundMacro macro) {
        ParameterReader reader = new ParameterReader(macro.parameters(), directory);
        return reader.text("title", true).map(title -> new OutcomeSummary(page, title,
                reader.user("owner", false).map(Person::key), reader.date("due", false), Optional.empty()));
    }
}
