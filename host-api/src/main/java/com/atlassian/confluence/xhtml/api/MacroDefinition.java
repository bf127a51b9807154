// Mirrors Confluence's com.atlassian.confluence.xhtml.api.MacroDefinition (subset); checked against Confluence 8.0 javadoc and the 8.x class.
package com.atlassian.confluence.xhtml.api;

import com.atlassian.confluence.content.render.xhtml.storage.macro.MacroId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

public class MacroDefinition {
    private String name;
    private Map<String, String> parameters;
    private MacroId macroId;

    MacroDefinition(MacroDefinitionBuilder builder) {
        this.name = builder.name();
        this.parameters = new LinkedHashMap<>(builder.parameters());
        this.macroId = builder.macroId();
    }

    public static MacroDefinitionBuilder builder(String macroName) {
        return new MacroDefinitionBuilder(macroName);
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
        this.parameters = parameters == null ? new LinkedHashMap<>() : new LinkedHashMap<>(parameters);
    }

    public Optional<MacroId> getMacroIdentifier() {
        return Optional.ofNullable(macroId);
    }

    public void setMacroIdentifier(MacroId macroId) {
        this.macroId = macroId;
    }
}
