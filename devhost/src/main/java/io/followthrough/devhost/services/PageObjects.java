package io.followthrough.devhost.services;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import io.followthrough.devhost.data.HostPages;
import io.followthrough.devhost.data.HostSpaces;
import io.followthrough.devhost.data.HostUser;
import io.followthrough.devhost.data.HostUsers;
import io.followthrough.devhost.data.PageHeader;
import io.followthrough.devhost.data.PageRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns stored pages into the Page objects plugins, events and permission checks see. */
public final class PageObjects {
    private final HostSpaces spaces;
    private final HostUsers users;
    private final HostPages pages;

    public PageObjects(HostSpaces spaces, HostUsers users, HostPages pages) {
        this.spaces = spaces;
        this.users = users;
        this.pages = pages;
    }

    public Page page(PageRecord record) {
        return page(record, spaces.byId(record.spaceId()).orElseThrow());
    }

    /** The page with the body the record holds. */
    public Page page(PageRecord record, Space space) {
        Page page = new Page();
        fill(page, record.header(), space, new HashMap<>());
        page.setBodyAsString(record.body());
        return page;
    }

    /**
     * Pages of one space as a listing reads them, looking each author up once. Each body is read on
     * first use, one query per page: the body of the version listed.
     */
    public List<Page> pages(List<PageHeader> headers, Space space) {
        Map<String, Optional<HostUser>> authors = new HashMap<>();
        return headers.stream().map(header -> {
            Page page = new LazyBodyPage(() -> pages.body(header.id(), header.version()).orElseThrow(() ->
                    new IllegalStateException("Page " + header.id() + " was purged after it was listed; its body is gone")));
            fill(page, header, space, authors);
            return page;
        }).toList();
    }

    private void fill(Page page, PageHeader header, Space space, Map<String, Optional<HostUser>> authors) {
        page.setId(header.id());
        page.setTitle(header.title());
        page.setVersion(header.version());
        page.setSpace(space);
        page.setCreator(authors.computeIfAbsent(header.creatorKey(), users::byKey).orElse(null));
        page.setLastModifier(authors.computeIfAbsent(header.authorKey(), users::byKey).orElse(null));
    }
}
