package io.followthrough.devhost.web;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import io.followthrough.devhost.data.PageRecord;

/** Turns a stored page into the Page object plugins and permission checks see. */
final class Pages {
    private Pages() {
    }

    static Page entity(PageRecord record, Space space) {
        Page page = new Page();
        page.setId(record.id());
        page.setTitle(record.title());
        page.setBodyAsString(record.body());
        page.setSpace(space);
        return page;
    }
}
