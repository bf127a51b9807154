// Test double for the plugin: records every macro call and renders the macros it is told are its own.
package io.followthrough.devhost.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

final class RecordingInvoker implements MacroInvoker {

    private final Map<String, Function<MacroCall, String>> renderers = new HashMap<>();
    private final List<MacroCall> calls = new ArrayList<>();

    RecordingInvoker renders(String macroName, Function<MacroCall, String> renderer) {
        renderers.put(macroName, renderer);
        return this;
    }

    @Override
    public Optional<String> render(MacroCall call) {
        calls.add(call);
        Function<MacroCall, String> renderer = renderers.get(call.name());
        return renderer == null ? Optional.empty() : Optional.of(renderer.apply(call));
    }

    List<MacroCall> calls() {
        return calls;
    }

    MacroCall onlyCall() {
        if (calls.size() != 1) {
            throw new AssertionError("expected one macro call but got " + calls);
        }
        return calls.get(0);
    }
}
