package io.followthrough.core.page;

import java.util.Optional;

/** One structured macro found in a page body: its name, its ac:macro-id if any, its position among all macros. */
public record MacroOccurrence(String name, Optional<String> macroId, int position) {
}
