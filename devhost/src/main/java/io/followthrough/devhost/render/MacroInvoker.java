// Renders a macro with the plugin, when the macro is one of the plugin's.
package io.followthrough.devhost.render;

import java.util.Optional;

@FunctionalInterface
public interface MacroInvoker {

    /**
     * @return the macro's HTML, trusted and inserted as is (as Confluence does with macro output),
     *         or empty when the macro is not the plugin's, so the page shows a placeholder
     */
    Optional<String> render(MacroCall call);
}
