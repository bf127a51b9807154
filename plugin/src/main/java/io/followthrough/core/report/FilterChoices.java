package io.followthrough.core.report;

import io.followthrough.core.port.PageRef;
import java.util.Optional;

/**
 * What the filters of the report's list offer ({@link Choices}): owners and requesters of items on
 * pages by display name, and outcome titles items name, those with the most items on pages; the
 * viewable pages that hold items by title, all of them or, in a space with more than
 * {@link Choices#LIMIT}, which the report does not count items for, only the selected one (the
 * filter then takes a page title instead).
 *
 * @param page the page the list is filtered to, if it is one the viewer may view
 */
public record FilterChoices(Choices<String> owners, Choices<String> requesters, Choices<PageRef> pages,
                            Choices<String> outcomes, Optional<PageRef> page) {
}
