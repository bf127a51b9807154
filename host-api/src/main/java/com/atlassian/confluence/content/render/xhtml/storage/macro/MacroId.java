package com.atlassian.confluence.content.render.xhtml.storage.macro;

import java.util.Objects;

public final class MacroId {
    private final String id;

    private MacroId(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    public static MacroId fromString(String id) {
        return new MacroId(id);
    }

    public String getId() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MacroId && ((MacroId) other).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
