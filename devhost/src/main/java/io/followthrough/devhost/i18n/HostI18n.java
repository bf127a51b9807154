// Plugin i18n bundles resolved the way Confluence resolves them, for Java code (SAL) and templates ($i18n).
package io.followthrough.devhost.i18n;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;

public final class HostI18n implements I18nResolver {

    private static final ResourceBundle.Control NAMING =
            ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final Map<String, String> texts;

    /** The base (English) bundles only, as the dev host shows by default. */
    public HostI18n(ClassLoader loader, List<String> locations) {
        this(loader, locations, Locale.ROOT);
    }

    /**
     * @param locations i18n resource locations as the descriptor writes them, e.g. {@code i18n/followthrough}
     *                  (no {@code .properties}); for one key the first location that has it wins
     */
    public HostI18n(ClassLoader loader, List<String> locations, Locale locale) {
        this.locale = locale;
        this.texts = Collections.unmodifiableMap(load(loader, locations, locale));
    }

    /** The text, or the key itself when it is missing (as Confluence shows it). */
    @Override
    public String getText(String key) {
        return getRawText(key);
    }

    /** The text formatted with MessageFormat; without arguments the raw text, so a lone apostrophe survives. */
    @Override
    public String getText(String key, Serializable... arguments) {
        return format(key, arguments);
    }

    /** For templates: {@code $i18n.getText("key", [$a, $b])}, as Confluence's I18NBean accepts. */
    public String getText(String key, List<?> arguments) {
        return format(key, arguments == null ? null : arguments.toArray());
    }

    @Override
    public String getRawText(String key) {
        return texts.getOrDefault(key, key);
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    public Set<String> keys() {
        return texts.keySet();
    }

    private String format(String key, Object[] arguments) {
        String text = getRawText(key);
        if (arguments == null || arguments.length == 0) {
            return text;
        }
        return new MessageFormat(text, locale).format(arguments);
    }

    private static Map<String, String> load(ClassLoader loader, List<String> locations, Locale locale) {
        // Most general first, so that a more specific locale overrides it; within one level the
        // first location wins, hence the reverse order.
        List<Locale> levels = new ArrayList<>(NAMING.getCandidateLocales("", locale));
        Collections.reverse(levels);
        List<String> byPrecedence = new ArrayList<>(locations);
        Collections.reverse(byPrecedence);
        Map<String, String> texts = new HashMap<>();
        for (Locale level : levels) {
            for (String location : byPrecedence) {
                String resource = NAMING.toBundleName(stripLeadingSlash(location), level) + ".properties";
                Properties bundle = read(loader, resource);
                if (bundle == null && level.equals(Locale.ROOT)) {
                    throw new IllegalArgumentException("i18n bundle not found in the plugin: " + resource);
                }
                if (bundle != null) {
                    bundle.stringPropertyNames().forEach(key -> texts.put(key, bundle.getProperty(key)));
                }
            }
        }
        return texts;
    }

    private static Properties read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(new StringReader(decode(in.readAllBytes())));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read i18n bundle " + resource, e);
        }
    }

    // Like PropertyResourceBundle on Java 9+: UTF-8, falling back to ISO-8859-1 for older files.
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static String stripLeadingSlash(String location) {
        return location.startsWith("/") ? location.substring(1) : location;
    }
}
