package io.followthrough.core.report;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.port.PageRef;

/** One item as a report or inbox lists it: the item, its page and whether it is overdue today. */
public record ReportRow(ActionItem item, PageRef page, boolean overdue) {
}
