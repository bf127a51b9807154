package io.followthrough.core.report;

import io.followthrough.core.port.PageRef;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One expected outcome as far as the report knows it.
 *
 * @param status the recorded status's wire name ({@code planned}, {@code on-track}, …); empty
 *               while no status has been recorded
 */
public record OutcomeSummary(PageRef page, String title, Optional<String> ownerKey, Optional<LocalDate> due,
                             Optional<String> status) {
}
