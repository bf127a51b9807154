package io.followthrough.core.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A macro the scan is inside of: which part of it it is reading and, for ours, what it has read so far. */
final class MacroFrame {
    enum Part { NONE, PARAMETER, BODY }

    private final String name;
    private final String macroId;
    private final boolean fallbackId;
    private final int position;
    private final boolean ours;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final StringBuilder parameterText = new StringBuilder();
    private final List<String> references = new ArrayList<>();
    private Part part = Part.NONE;
    private String parameterName;
    private int bodyFrom = -1;
    private int bodyTo = -1;
    private FoundMacro found;

    private MacroFrame(String name, String macroId, boolean fallbackId, int position, boolean ours) {
        this.name = name;
        this.macroId = macroId;
        this.fallbackId = fallbackId;
        this.position = position;
        this.ours = ours;
    }

    static MacroFrame ours(String name, String macroId, boolean fallbackId, int position) {
        return new MacroFrame(name, macroId, fallbackId, position, true);
    }

    /** Someone else's macro: followed only so that we know where it ends. */
    static MacroFrame other() {
        return new MacroFrame(null, null, false, -1, false);
    }

    boolean ours() {
        return ours;
    }

    Part part() {
        return part;
    }

    void openParameter(String parameter) {
        part = Part.PARAMETER;
        parameterName = parameter == null ? "" : parameter;
        parameterText.setLength(0);
        references.clear();
    }

    StringBuilder parameterText() {
        return parameterText;
    }

    /** A user, page or space named in the current parameter; null or blank when the element named none. */
    void reference(String value) {
        if (value != null && !value.isBlank()) {
            references.add(BodyText.trim(value));
        }
    }

    /** A parameter that names users, pages or spaces is their comma-separated list; link text around them is not. */
    void closeParameter() {
        if (ours) {
            parameters.put(parameterName,
                    references.isEmpty() ? BodyText.trim(parameterText) : String.join(",", references));
        }
        part = Part.NONE;
    }

    /** Bodies are read into text shared with enclosing macros; this macro keeps its range of it. */
    void openBody(int at) {
        part = Part.BODY;
        if (bodyFrom < 0) {
            bodyFrom = at;
        }
    }

    void closeBody(int at) {
        part = Part.NONE;
        bodyTo = at;
    }

    void close(CharSequence bodies) {
        if (part == Part.PARAMETER) {
            closeParameter();
        }
        String text = bodyFrom < 0 ? "" : BodyText.normalise(bodies, bodyFrom, bodyTo);
        found = new FoundMacro(name, macroId, fallbackId, position, parameters, text, BodyText.hash(text));
    }

    FoundMacro found() {
        return found;
    }
}
