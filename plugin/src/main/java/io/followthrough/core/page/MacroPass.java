package io.followthrough.core.page;

import io.followthrough.core.page.MacroFrame.Part;
import io.followthrough.core.page.StorageTokenizer.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** One scan of one page body: follows how macros nest and collects what ours say. */
final class MacroPass {
    private static final Set<String> MACROS = Set.of("ac:structured-macro", "ac:macro");
    private static final String PARAMETER = "ac:parameter";
    private static final Set<String> BODIES = Set.of("ac:rich-text-body", "ac:plain-text-body");
    /** Elements whose text is bookkeeping or editor hints, not something the reader sees as content. */
    private static final Set<String> HIDDEN = Set.of("ac:task-id", "ac:task-uuid", "ac:task-status", "ac:placeholder");
    /** Elements that separate words: their text must not run into the text beside them. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "hr", "li", "ul", "ol", "dl", "dt", "dd",
            "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "ac:task-list", "ac:task", "ac:layout", "ac:layout-section", "ac:layout-cell");

    private final StorageTokenizer tokens;
    private final long pageId;
    private final Predicate<String> names;
    private final Deque<MacroFrame> open = new ArrayDeque<>();
    private final List<MacroFrame> ours = new ArrayList<>();
    private final Map<String, Integer> withoutId = new HashMap<>();
    /** Text of the bodies being read, shared by nested macros so that text is copied once. */
    private final StringBuilder bodies = new StringBuilder();
    private int oursOpen;
    private int oursInBody;
    private int hiddenDepth;
    private int position;

    MacroPass(String storage, long pageId, Predicate<String> names) {
        this.tokens = new StorageTokenizer(storage);
        this.pageId = pageId;
        this.names = names;
    }

    List<FoundMacro> run() {
        for (Token token = tokens.next(); token != Token.DONE; token = tokens.next()) {
            switch (token) {
                case START -> start(tokens.name());
                case END -> end(tokens.name());
                case TEXT, CDATA -> text(token == Token.CDATA);
            }
        }
        while (!open.isEmpty()) {
            closeMacro();
        }
        return ours.stream().map(MacroFrame::found).toList();
    }

    private void start(String tag) {
        if (MACROS.contains(tag)) {
            openMacro();
            if (tokens.selfClosing()) {
                closeMacro();
            }
            return;
        }
        MacroFrame inner = open.peek();
        if (inner == null) {
            return;
        }
        if (tag.equals(PARAMETER)) {
            if (inner.part() == Part.NONE) {
                inner.openParameter(tokens.attribute("ac:name"));
                if (tokens.selfClosing()) {
                    inner.closeParameter();
                }
            }
        } else if (BODIES.contains(tag)) {
            if (inner.part() == Part.NONE && !tokens.selfClosing()) {
                openBody(inner);
            }
        } else if (inner.part() == Part.PARAMETER) {
            inner.reference(reference(tag));
        } else if (HIDDEN.contains(tag)) {
            hiddenDepth += tokens.selfClosing() ? 0 : 1;
        } else if (BLOCKS.contains(tag)) {
            separateWords();
        }
    }

    private void end(String tag) {
        MacroFrame inner = open.peek();
        if (inner == null) {
            return;
        }
        if (MACROS.contains(tag)) {
            closeMacro();
        } else if (tag.equals(PARAMETER)) {
            if (inner.part() == Part.PARAMETER) {
                inner.closeParameter();
            }
        } else if (BODIES.contains(tag)) {
            if (inner.part() == Part.BODY) {
                closeBody(inner);
            }
        } else if (HIDDEN.contains(tag)) {
            hiddenDepth = Math.max(0, hiddenDepth - 1);
        } else if (BLOCKS.contains(tag)) {
            separateWords();
        }
    }

    private void text(boolean cdata) {
        MacroFrame inner = open.peek();
        if (inner == null) {
            return;
        }
        if (inner.part() == Part.PARAMETER && inner.ours()) {
            tokens.appendText(inner.parameterText(), cdata);
        } else if (readingBody(inner) && hiddenDepth == 0) {
            tokens.appendText(bodies, cdata);
        }
    }

    private String reference(String tag) {
        return switch (tag) {
            case "ri:user" -> firstOf(tokens.attribute("ri:userkey"), tokens.attribute("ri:username"));
            case "ri:page" -> tokens.attribute("ri:content-title");
            case "ri:space" -> tokens.attribute("ri:space-key");
            default -> null;
        };
    }

    private static String firstOf(String preferred, String otherwise) {
        return preferred == null || preferred.isBlank() ? otherwise : preferred;
    }

    private void openMacro() {
        String name = tokens.attribute("ac:name");
        separateWords();
        MacroFrame frame;
        if (name != null && oursOpen < StorageScanner.MAX_NESTED_OURS && names.test(name)) {
            String id = tokens.attribute("ac:macro-id");
            boolean fallback = id == null || id.isBlank();
            frame = MacroFrame.ours(name, fallback ? fallbackId(name) : id, fallback, position);
            ours.add(frame);
            oursOpen++;
        } else {
            frame = MacroFrame.other();
        }
        position++;
        open.push(frame);
    }

    /** See {@link StorageScanner} for why this is deterministic and when it changes. */
    private String fallbackId(String name) {
        return StorageScanner.fallbackId(pageId, name, withoutId.merge(name, 1, Integer::sum));
    }

    private void closeMacro() {
        MacroFrame frame = open.pop();
        if (frame.part() == Part.BODY) {
            closeBody(frame);
        }
        if (frame.ours()) {
            frame.close(bodies);
            oursOpen--;
        }
        separateWords();
        if (open.isEmpty()) {
            bodies.setLength(0);
            hiddenDepth = 0;
        }
    }

    private void openBody(MacroFrame frame) {
        frame.openBody(bodies.length());
        oursInBody += frame.ours() ? 1 : 0;
    }

    private void closeBody(MacroFrame frame) {
        frame.closeBody(bodies.length());
        oursInBody -= frame.ours() ? 1 : 0;
    }

    /** Only text inside a body of ours is kept; an inner macro's parameters are not part of it. */
    private boolean readingBody(MacroFrame inner) {
        return inner.part() == Part.BODY && oursInBody > 0;
    }

    private void separateWords() {
        MacroFrame inner = open.peek();
        if (inner != null && readingBody(inner)) {
            bodies.append(' ');
        }
    }
}
