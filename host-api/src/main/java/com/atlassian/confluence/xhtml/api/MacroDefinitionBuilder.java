// Mirrors Confluence's com.atlassian.confluence.xhtml.api.MacroDefinitionBuilder (subset); checked against Confluence 6.0.3 javadoc and the 8.x class.
package com.atlassian.confluence.xhtml.api;

import com.atlassian.confluence.content.render.xhtml.storage.macro.MacroId;
import java.util.LinkedHashMap;
import java.util.Map;

public class MacroDefinitionBuilder {
    private final String name;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private MacroId macroId;

    MacroDefinitionBuilder(String name) {
        this.name = name;
    }

    public MacroDefinitionBuilder withParameters(Map<String, String> parameters) {
        this.parameters.clear();
        if (parameters != null) {
            this.parameters.putAll(parameters);
        }
        return this;
    }

    public MacroDefinitionBuilder withMacroId(MacroId macroId) {
        this.macroId = macroId;
        return this;
    }

    public MacroDefinition build() {
        return new MacroDefinition(this);
    }

    String name() {
        return name;
    }

    Map<String, String> parameters() {
        return parameters;
    }

    MacroId macroId() {
        return macroId;
    }
}
