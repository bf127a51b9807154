package io.followthrough.devhost.services;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import io.followthrough.devhost.data.HostPages;
import io.followthrough.devhost.data.PageRecord.PageStatus;
import java.util.ArrayList;
import java.util.List;

/** Confluence's PageManager over the host's pages: like Confluence, lookups by id also find trashed pages. */
public final class HostPageManager implements PageManager {
    private final HostPages pages;
    private final PageObjects objects;

    public HostPageManager(HostPages pages, PageObjects objects) {
        this.pages = pages;
        this.objects = objects;
    }

    @Override
    public Page getPage(long id) {
        return pages.byId(id).map(objects::page).orElse(null);
    }

    @Override
    public AbstractPage getAbstractPage(long id) {
        return getPage(id);
    }

    /** The space's live pages; with {@code currentOnly} false also those in its trash. In no promised order, as Confluence's. */
    @Override
    public List<Page> getPages(Space space, boolean currentOnly) {
        if (space == null) {
            return List.of();
        }
        List<Page> result = new ArrayList<>(objects.pages(pages.inSpaceById(space.getId(), PageStatus.CURRENT), space));
        if (!currentOnly) {
            result.addAll(objects.pages(pages.inSpaceById(space.getId(), PageStatus.TRASHED), space));
        }
        return result;
    }
}
