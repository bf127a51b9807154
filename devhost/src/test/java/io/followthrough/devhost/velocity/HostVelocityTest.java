// Checks that plugin templates render like in Confluence 10: allowlist, auto-escaping, i18n, errors.
package io.followthrough.devhost.velocity;

import io.followthrough.devhost.i18n.HostI18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostVelocityTest {

    private static final Set<String> ALLOWLIST = Set.of(
            "io.followthrough.devhost.velocity.SampleView#getTitle()",
            "io.followthrough.devhost.velocity.SampleView#isDone()",
            "io.followthrough.devhost.velocity.SampleView#shout(java.lang.String)",
            "io.followthrough.devhost.velocity.SampleView#getStatementHtml()");

    private final URLClassLoader plugin = loader("/velocity/plugin/");
    private final URLClassLoader otherPlugin = loader("/velocity/other-plugin/");

    @AfterEach
    void closeLoaders() throws IOException {
        plugin.close();
        otherPlugin.close();
    }

    @Test
    void allowlistedPluginMethodsRender() {
        String html = render(strict(), "templates/allowed.vm", Map.of("view", new SampleView()));

        assertThat(html).isEqualTo("Ship it|Ship it|true|HI!\n");
    }

    @Test
    void methodNotAllowlistedFailsTheRenderInStrictMode() {
        assertThatThrownBy(() -> render(strict(), "templates/blocked-method.vm", Map.of("view", new SampleView())))
                .isInstanceOf(TemplateRenderException.class)
                .hasMessageContaining("templates/blocked-method.vm")
                .cause()
                .isInstanceOf(MethodNotAllowlistedException.class)
                .hasMessage("Method needs allowlisting: io.followthrough.devhost.velocity.SampleView#getSecret()");
    }

    @Test
    void methodNotAllowlistedYieldsNothingOutsideStrictMode() {
        HostVelocity lenient = new HostVelocity(plugin, ALLOWLIST, english(), false);

        assertThat(render(lenient, "templates/blocked-method.vm", Map.of("view", new SampleView())))
                .isEqualTo("before $view.getSecret() after\n");
        assertThat(render(lenient, "templates/blocked-property.vm", Map.of("view", new SampleView())))
                .isEqualTo("[]\n");
    }

    @Test
    void propertyReadThroughAGetterThatIsNotAllowlistedIsBlocked() {
        assertThatThrownBy(() -> render(strict(), "templates/blocked-property.vm", Map.of("view", new SampleView())))
                .cause()
                .hasMessage("Method needs allowlisting: io.followthrough.devhost.velocity.SampleView#getSecret()");
    }

    @Test
    void propertyWriteThroughASetterThatIsNotAllowlistedIsBlocked() {
        assertThatThrownBy(() -> render(strict(), "templates/blocked-setter.vm", Map.of("view", new SampleView())))
                .cause()
                .hasMessage("Method needs allowlisting: "
                        + "io.followthrough.devhost.velocity.SampleView#setNote(java.lang.String)");
    }

    @Test
    void iteratingAPluginObjectNeedsItsIteratorAllowlisted() {
        assertThatThrownBy(() -> render(strict(), "templates/blocked-iteration.vm", Map.of("view", new SampleView())))
                .cause()
                .hasMessage("Method needs allowlisting: io.followthrough.devhost.velocity.SampleView#iterator()");
    }

    @Test
    void getClassIsBlockedEvenOnGloballyAllowedTypes() {
        assertThatThrownBy(() -> render(strict(), "templates/get-class.vm", Map.of("text", "x")))
                .cause()
                .hasMessage("Method needs allowlisting: java.lang.Object#getClass()");
    }

    @Test
    void jdkMapsListsStringsNumbersAndDatesNeedNoEntries() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", "Ada");
        Map<String, Object> context = Map.of(
                "map", map,
                "list", List.of("first", "second"),
                "text", "abc",
                "number", 42,
                "due", LocalDate.of(2026, 1, 31),
                "optional", Optional.of("x"));

        String html = new HostVelocity(plugin, Set.of(), english(), true).getRenderedTemplate("templates/jdk.vm", context);

        assertThat(html).isEqualTo("Ada|Ada|1|2|first|false|ABC|3|42|1|name=Ada|false|true\n");
    }

    @Test
    void plainReferencesAreHtmlEscapedAndHtmlNamedOnesAreNot() {
        Map<String, Object> context = Map.of(
                "plain", "<script>alert('x') & \"y\"</script>",
                "number", 7,
                "bodyHtml", "<b>body</b>",
                "view", new SampleView());

        String html = render(strict(), "templates/escaping.vm", context);

        assertThat(html).isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;</p>"
                + "<p>7</p><div><b>body</b></div><div><b>body</b></div>"
                + "<div><em>trusted</em></div><div><em>trusted</em></div><i>[]</i>");
    }

    @Test
    void i18nTextsRenderWithAndWithoutArgumentsAndMissingKeysShowTheKey() {
        String html = render(strict(), "templates/i18n.vm", Map.of("name", "<Ada>"));

        assertThat(html).isEqualTo("Purpose|Hello &lt;Ada&gt;, you have 3 open items|ft.nope|&lt;b&gt;&lt;Ada&gt;&lt;/b&gt;\n");
    }

    @Test
    void i18nUsesTheLocaleBundleItWasGiven() {
        HostI18n german = new HostI18n(plugin, List.of("i18n/followthrough"), Locale.GERMAN);
        HostVelocity velocity = new HostVelocity(plugin, ALLOWLIST, german, true);

        assertThat(render(velocity, "templates/i18n.vm", Map.of("name", "Ada")))
                .startsWith("Zweck|Hallo Ada, du hast 3 offene Punkte|");
    }

    @Test
    void defaultContextOffersI18nAndIsMutable() {
        HostI18n i18n = english();
        Map<String, Object> context = new HostVelocity(plugin, ALLOWLIST, i18n, true).createDefaultVelocityContext();
        context.put("extra", 1);

        assertThat(context).containsEntry("i18n", i18n).containsKey("extra");
    }

    @Test
    void missingTemplateFailsNamingIt() {
        assertThatThrownBy(() -> render(strict(), "templates/nope.vm", Map.of()))
                .isInstanceOf(TemplateRenderException.class)
                .hasMessageContaining("templates/nope.vm")
                .hasMessageContaining("not found");
    }

    @Test
    void templateThatDoesNotParseFailsNamingIt() {
        assertThatThrownBy(() -> render(strict(), "templates/broken.vm", Map.of()))
                .isInstanceOf(TemplateRenderException.class)
                .hasMessageContaining("templates/broken.vm")
                .hasMessageContaining("does not parse");
    }

    @Test
    void eachPluginSeesOnlyItsOwnTemplates() {
        HostVelocity first = strict();
        HostVelocity second = new HostVelocity(otherPlugin, Set.of(), english(), true);

        assertThat(render(first, "templates/whoami.vm", Map.of())).isEqualTo("plugin\n");
        assertThat(render(second, "templates/whoami.vm", Map.of())).isEqualTo("other\n");
        assertThat(render(second, "templates/only-other.vm", Map.of())).isEqualTo("only the other plugin\n");
        assertThatThrownBy(() -> render(first, "templates/only-other.vm", Map.of()))
                .isInstanceOf(TemplateRenderException.class);
        assertThatThrownBy(() -> render(second, "templates/allowed.vm", Map.of()))
                .isInstanceOf(TemplateRenderException.class);
    }

    private HostVelocity strict() {
        return new HostVelocity(plugin, ALLOWLIST, english(), true);
    }

    private HostI18n english() {
        return new HostI18n(plugin, List.of("i18n/followthrough"));
    }

    // Renders with the default context plus the given entries, as a macro does.
    private static String render(HostVelocity velocity, String template, Map<String, Object> entries) {
        Map<String, Object> context = velocity.createDefaultVelocityContext();
        context.putAll(entries);
        return velocity.getRenderedTemplate(template, context);
    }

    private static URLClassLoader loader(String root) {
        URL url = HostVelocityTest.class.getResource(root);
        // No parent: the plugin's resources only, as an isolated plugin class loader would see them.
        return new URLClassLoader(new URL[] {url}, null);
    }
}
