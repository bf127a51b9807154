package io.followthrough.core.port;

import io.followthrough.core.purpose.PagePurpose;
import java.util.Optional;

/** Where the purposes of pages live (Active Objects in Confluence): one per page. */
public interface PurposeStore {
    /** The page's purpose, whatever its presence, in one query. */
    Optional<PagePurpose> byPage(long pageId);

    /** Stores the page's purpose: creates it when its id is 0, else replaces what is stored. Returns it with its id. */
    PagePurpose save(PagePurpose purpose);

    /** The page moved to another space. */
    void moveToSpace(long pageId, String spaceKey);

    /** The page was purged: its purpose goes. */
    void deleteByPage(long pageId);
}
