package io.followthrough.core.report;

import java.time.LocalDate;

/** Items created and items satisfied (acknowledged) in the week starting on Monday {@code weekStart}. */
public record WeekCount(LocalDate weekStart, int created, int satisfied) {
}
