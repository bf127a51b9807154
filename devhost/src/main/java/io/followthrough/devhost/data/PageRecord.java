package io.followthrough.devhost.data;

import java.time.Instant;

/**
 * The current version of a page as the host stores it: {@code authorKey} saved this version,
 * {@code creatorKey} saved version 1.
 */
public record PageRecord(long id, long spaceId, String title, int version, String body, String authorKey,
                         String creatorKey, Instant saved, PageStatus status) {
    public PageHeader header() {
        return new PageHeader(id, spaceId, title, version, authorKey, creatorKey, saved, status);
    }

    /** Whether a page is live or in the space's trash. */
    public enum PageStatus { CURRENT, TRASHED }
}
