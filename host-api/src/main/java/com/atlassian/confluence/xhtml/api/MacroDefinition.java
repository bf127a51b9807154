package com.atlassian.confluence.xhtml.api;

import com.atlassian.confluence.content.render.xhtml.storage.macro.MacroId;
import java.util.Map;
import java.util.Optional;

public class MacroDefinition {
    private String name;
    private Map<String, String> parameters = Map.of();
    private MacroId macroId;

    public MacroDefinition() {
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Map<String, String> getParameters() {
        return parameters;
    }

    public void setParameters(Map<String, String> parameters) {
        this.parameters = parameters;
    }

    public Optional<MacroId> getMacroIdentifier() {
        return Optional.ofNullable(macroId);
    }

    public void setMacroIdentifier(MacroId macroId) {
        this.macroId = macroId;
    }
}
