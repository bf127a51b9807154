package io.followthrough.core.page;

import java.util.List;
import java.util.Optional;

/** Decides whether a macro that may appear once per page is a repeat of an earlier one. */
public final class OnePerPage {
    private OnePerPage() {
    }

    /**
     * A macro is a repeat when the page holds more than one of its kind and it is not the first.
     * Without a macro id the macro cannot tell where it stands, so every copy is flagged: the
     * author then sees the warning wherever it applies and keeps one.
     */
    public static boolean isRepeat(List<FoundMacro> sameKind, Optional<String> macroId) {
        if (sameKind.size() < 2) {
            return false;
        }
        FoundMacro first = sameKind.get(0);
        return macroId.isEmpty() || first.fallbackId() || !first.macroId().equals(macroId.get());
    }
}
