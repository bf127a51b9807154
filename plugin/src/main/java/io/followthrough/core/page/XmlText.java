package io.followthrough.core.page;

/** Decodes the character references that may appear in storage-format attribute values. */
final class XmlText {
    private XmlText() {
    }

    static String decode(String raw) {
        if (raw.indexOf('&') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            int semi = c == '&' ? raw.indexOf(';', i) : -1;
            String decoded = semi > i ? reference(raw.substring(i + 1, semi)) : null;
            if (decoded != null) {
                out.append(decoded);
                i = semi + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String reference(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return "\u00a0";
            default: return numeric(name);
        }
    }

    private static String numeric(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException notAReference) {
            return null;
        }
        return null;
    }
}
