package io.followthrough.devhost.plugin;

import com.atlassian.confluence.content.render.xhtml.storage.macro.MacroId;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.xhtml.api.MacroDefinition;
import io.followthrough.devhost.render.MacroCall;
import io.followthrough.devhost.render.MacroInvoker;
import io.followthrough.devhost.services.HostConversionContext;
import java.util.Optional;

/** Renders the plugin's macros found on one page, with the context Confluence would give them. */
public final class PluginMacroInvoker implements MacroInvoker {
    private final RunningPlugin plugin;
    private final HostConversionContext context;

    public PluginMacroInvoker(RunningPlugin plugin, ContentEntityObject page, String spaceKey) {
        this.plugin = plugin;
        this.context = new HostConversionContext(page, spaceKey);
    }

    @Override
    public Optional<String> render(MacroCall call) {
        Optional<Macro> macro = plugin.macro(call.name());
        if (macro.isEmpty()) {
            return Optional.empty();
        }
        MacroDefinition definition = MacroDefinition.builder(call.name())
                .withParameters(call.parameters())
                .withMacroId(call.macroId() == null ? null : MacroId.fromString(call.macroId()))
                .build();
        context.setProperty("macroDefinition", definition);
        String body = switch (macro.get().getBodyType()) {
            case RICH_TEXT -> call.richBodyHtml();
            case PLAIN_TEXT -> call.plainBody();
            case NONE -> "";
        };
        try {
            return Optional.of(macro.get().execute(call.parameters(), body, context));
        } catch (MacroExecutionException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
