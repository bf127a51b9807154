package io.followthrough.core.report;

import io.followthrough.core.port.PageRef;
import java.time.LocalDate;
import java.util.Optional;

/** A page's purpose as far as the report knows it: sponsor and time frame. */
public record PurposeSummary(PageRef page, Optional<String> sponsorKey, Optional<LocalDate> until,
                             Optional<LocalDate> review) {
}
