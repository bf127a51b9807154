// Mirrors Confluence's com.atlassian.confluence.content.render.xhtml.storage.macro.MacroId; checked against the Confluence 8.x class and 10.0 plugin usage.
package com.atlassian.confluence.content.render.xhtml.storage.macro;

import java.util.Objects;

public class MacroId {
    private final String macroId;

    private MacroId(String macroId) {
        this.macroId = Objects.requireNonNull(macroId, "macroId");
    }

    public static MacroId fromString(String macroId) {
        return new MacroId(macroId);
    }

    public String getId() {
        return macroId;
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((MacroId) other).macroId.equals(macroId);
    }

    @Override
    public int hashCode() {
        return macroId.hashCode();
    }
}
