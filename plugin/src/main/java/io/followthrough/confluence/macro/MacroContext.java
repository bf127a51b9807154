package io.followthrough.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.storage.macro.MacroId;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.xhtml.api.MacroDefinition;
import java.util.Optional;

/** What a macro can learn about itself and its page from Confluence's conversion context. */
final class MacroContext {
    /** Confluence puts the macro being rendered under this property. */
    private static final String MACRO_DEFINITION = "macroDefinition";

    private MacroContext() {
    }

    static Optional<String> macroId(ConversionContext context) {
        Object definition = context.getProperty(MACRO_DEFINITION);
        if (definition instanceof MacroDefinition) {
            return ((MacroDefinition) definition).getMacroIdentifier().map(MacroId::getId);
        }
        return Optional.empty();
    }

    /** The id of the page being rendered; 0 for previews of content not saved yet. */
    static long pageId(ConversionContext context) {
        ContentEntityObject entity = context.getEntity();
        return entity == null ? 0 : entity.getId();
    }

    /** The stored body of the page being rendered; empty for previews of unsaved content. */
    static Optional<String> pageStorage(ConversionContext context) {
        ContentEntityObject entity = context.getEntity();
        return entity == null ? Optional.empty() : Optional.ofNullable(entity.getBodyAsString());
    }
}
