package io.followthrough.devhost.services;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import io.followthrough.devhost.data.HostSpaces;
import io.followthrough.devhost.data.HostUser;
import io.followthrough.devhost.data.HostUsers;
import io.followthrough.devhost.data.PageRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns stored pages into the Page objects plugins, events and permission checks see. */
public final class PageObjects {
    private final HostSpaces spaces;
    private final HostUsers users;

    public PageObjects(HostSpaces spaces, HostUsers users) {
        this.spaces = spaces;
        this.users = users;
    }

    public Page page(PageRecord record) {
        return page(record, spaces.byId(record.spaceId()).orElseThrow(), new HashMap<>());
    }

    public Page page(PageRecord record, Space space) {
        return page(record, space, new HashMap<>());
    }

    /** Pages of one space, looking each author up once. */
    public List<Page> pages(List<PageRecord> records, Space space) {
        Map<String, Optional<HostUser>> authors = new HashMap<>();
        return records.stream().map(record -> page(record, space, authors)).toList();
    }

    private Page page(PageRecord record, Space space, Map<String, Optional<HostUser>> authors) {
        Page page = new Page();
        page.setId(record.id());
        page.setTitle(record.title());
        page.setBodyAsString(record.body());
        page.setVersion(record.version());
        page.setSpace(space);
        page.setCreator(authors.computeIfAbsent(record.creatorKey(), users::byKey).orElse(null));
        page.setLastModifier(authors.computeIfAbsent(record.authorKey(), users::byKey).orElse(null));
        return page;
    }
}
