package io.followthrough.devhost.services;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import io.followthrough.devhost.data.HostPages;
import io.followthrough.devhost.data.HostSpaces;
import io.followthrough.devhost.data.HostUser;
import io.followthrough.devhost.data.HostUsers;
import io.followthrough.devhost.data.PageHeader;
import io.followthrough.devhost.data.PageRecord;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
        fill(page, record.header(), space);
        Map<String, HostUser> authors = authors(List.of(record.header()));
        page.setCreator(author(authors, record.header().creatorKey()));
        page.setLastModifier(author(authors, record.header().authorKey()));
        page.setBodyAsString(record.body());
        return page;
    }

    /**
     * Pages of one space as a listing reads them. Each body is read on first use, one query per
     * page: the body of the version listed. The authors are looked up on first use too, for the
     * whole listing in one query (Confluence has its users cached).
     */
    public List<Page> pages(List<PageHeader> headers, Space space) {
        ListingAuthors authors = new ListingAuthors(headers);
        return headers.stream().map(header -> {
            Page page = new ListedPage(() -> pages.body(header.id(), header.version()).orElseThrow(() ->
                    new IllegalStateException("Page " + header.id() + " was purged after it was listed; its body is gone")),
                    () -> author(authors.get(), header.creatorKey()), () -> author(authors.get(), header.authorKey()));
            fill(page, header, space);
            return page;
        }).toList();
    }

    /** The creators and last modifiers of these pages, by user key; users since deleted are left out. */
    private Map<String, HostUser> authors(List<PageHeader> headers) {
        List<String> keys = headers.stream().flatMap(header -> Stream.of(header.creatorKey(), header.authorKey()))
                .filter(Objects::nonNull).distinct().toList();
        return users.byKeys(keys).stream().collect(Collectors.toMap(user -> user.key().getStringValue(), user -> user));
    }

    private static HostUser author(Map<String, HostUser> authors, String key) {
        return key == null ? null : authors.get(key);
    }

    private static void fill(Page page, PageHeader header, Space space) {
        page.setId(header.id());
        page.setTitle(header.title());
        page.setVersion(header.version());
        page.setSpace(space);
    }

    /** The authors of a listing's pages, looked up when a page of it is first asked for one. */
    private final class ListingAuthors {
        private final List<PageHeader> headers;
        private Map<String, HostUser> found;

        ListingAuthors(List<PageHeader> headers) {
            this.headers = headers;
        }

        synchronized Map<String, HostUser> get() {
            if (found == null) {
                found = authors(headers);
            }
            return found;
        }
    }
}
