package io.followthrough.devhost.web;

import com.atlassian.confluence.macro.Macro;
import io.followthrough.devhost.data.HostUser;
import io.followthrough.devhost.plugin.PluginDescriptor.MacroModule;
import io.followthrough.devhost.plugin.PluginDescriptor.MacroParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The macro browser's data as JSON: each macro's label, description, body type and parameters,
 * with labels from the plugin's i18n bundle under Confluence's key convention.
 */
final class MacroCatalog {
    private final HostApp app;

    MacroCatalog(HostApp app) {
        this.app = app;
    }

    String macrosJson() {
        String pluginKey = app.plugin().bundle().descriptor().key();
        List<String> macros = new ArrayList<>();
        for (MacroModule module : app.plugin().bundle().descriptor().macros()) {
            String prefix = pluginKey + "." + module.name();
            Macro.BodyType bodyType = app.plugin().macro(module.name()).map(Macro::getBodyType).orElse(Macro.BodyType.NONE);
            String parameters = module.parameters().stream().filter(p -> !p.hidden())
                    .map(p -> parameter(prefix, p)).collect(Collectors.joining(","));
            macros.add("{\"name\":" + Html.json(module.name())
                    + ",\"label\":" + Html.json(app.i18n().getText(prefix + ".label"))
                    + ",\"description\":" + Html.json(app.i18n().getText(prefix + ".desc"))
                    + ",\"bodyType\":" + Html.json(bodyType.name())
                    + ",\"parameters\":[" + parameters + "]}");
        }
        return "[" + String.join(",", macros) + "]";
    }

    String usersJson() {
        return app.users().all().stream()
                .map(MacroCatalog::user)
                .collect(Collectors.joining(",", "[", "]"));
    }

    private String parameter(String prefix, MacroParameter p) {
        String values = p.values().stream().map(Html::json).collect(Collectors.joining(",", "[", "]"));
        return "{\"name\":" + Html.json(p.name())
                + ",\"type\":" + Html.json(p.type())
                + ",\"required\":" + p.required()
                + ",\"defaultValue\":" + Html.json(p.defaultValue())
                + ",\"values\":" + values
                + ",\"label\":" + Html.json(app.i18n().getText(prefix + ".param." + p.name() + ".label"))
                + ",\"description\":" + Html.json(app.i18n().getText(prefix + ".param." + p.name() + ".desc")) + "}";
    }

    private static String user(HostUser u) {
        return "{\"key\":" + Html.json(u.key().getStringValue()) + ",\"username\":" + Html.json(u.username())
                + ",\"fullName\":" + Html.json(u.fullName()) + "}";
    }
}
