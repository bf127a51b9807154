package io.followthrough.devhost.data;

import io.followthrough.devhost.data.PageRecord.PageStatus;
import java.time.Instant;

/**
 * A page's current version as listings read it: everything but the body, which
 * {@link HostPages#body(long, int)} reads when it is needed, as Confluence loads page bodies lazily.
 */
public record PageHeader(long id, long spaceId, String title, int version, String authorKey, String creatorKey,
                         Instant saved, PageStatus status) {
}
