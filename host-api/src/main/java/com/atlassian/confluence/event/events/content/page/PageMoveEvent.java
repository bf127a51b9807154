// Mirrors Confluence's com.atlassian.confluence.event.events.content.page.PageMoveEvent (subset); checked against the published Confluence class.
package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.user.User;
import java.util.List;
import java.util.Objects;

public class PageMoveEvent extends PageEvent {
    private final Space oldSpace;

    public PageMoveEvent(Object src, Page movedPage, List<Page> movedPageList, Space oldSpace, Page oldParentPage,
                         Integer oldPosition, User theMover, boolean movedBecauseOfParent) {
        super(src, movedPage, null);
        // Confluence falls back to the old parent's space when oldSpace is null.
        this.oldSpace = Objects.requireNonNull(oldSpace != null ? oldSpace : oldParentPage.getSpace(), "oldSpace");
    }

    public Space getOldSpace() {
        return oldSpace;
    }

    public boolean isMovedSpace() {
        return !getPage().getSpace().getKey().equals(oldSpace.getKey());
    }
}
