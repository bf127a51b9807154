// Mirrors Confluence's com.atlassian.confluence.pages.PageManager (subset); checked against Confluence 8.5.9 javadoc and the published class.
package com.atlassian.confluence.pages;

import com.atlassian.confluence.spaces.Space;
import java.util.List;

public interface PageManager {
    Page getPage(long id);

    AbstractPage getAbstractPage(long id);

    List<Page> getPages(Space space, boolean currentOnly);
}
