package io.followthrough.core.port;

import io.followthrough.core.report.SpaceGoals;
import java.util.Collection;

/** Where the report learns about purposes and expected outcomes; only pages the caller passes are read. */
public interface OutcomeSummaries {
    /** The purposes and outcomes of the given pages of the space (pages the viewer may view). */
    SpaceGoals of(String spaceKey, Collection<PageRef> pages);
}
