package io.followthrough.devhost.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptorParserTest {
    private static PluginDescriptor parse(String modules) {
        String xml = "<atlassian-plugin key=\"k\" name=\"n\" plugins-version=\"2\"><plugin-info><version>1</version>"
                + "<param name=\"atlassian-data-center-compatible\">true</param></plugin-info>" + modules + "</atlassian-plugin>";
        return new DescriptorParser().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsMacrosWithTheirParameters() {
        PluginDescriptor descriptor = parse("<xhtml-macro name=\"m\" key=\"m\" class=\"x.M\"><category name=\"reporting\"/>"
                + "<parameters><parameter name=\"who\" type=\"username\" required=\"true\"/>"
                + "<parameter name=\"kind\" type=\"enum\" default=\"a\"><value name=\"a\"/><value name=\"b\"/></parameter>"
                + "</parameters></xhtml-macro>");

        assertThat(descriptor.macro("m").parameters()).containsExactly(
                new PluginDescriptor.MacroParameter("who", "username", true, false, false, "", List.of()),
                new PluginDescriptor.MacroParameter("kind", "enum", false, false, false, "a", List.of("a", "b")));
        assertThat(descriptor.pluginInfoParams()).containsEntry("atlassian-data-center-compatible", "true");
    }

    @Test
    void refusesUnknownModulesLoudly() {
        assertThatThrownBy(() -> parse("<component key=\"c\" class=\"x.C\"/>"))
                .isInstanceOf(PluginDescriptorException.class)
                .hasMessageContaining("unknown module <component>");
    }

    @Test
    void refusesMacroParametersOfUnknownType() {
        assertThatThrownBy(() -> parse("<xhtml-macro name=\"m\" key=\"m\" class=\"x.M\"><parameters>"
                + "<parameter name=\"due\" type=\"datetime\"/></parameters></xhtml-macro>"))
                .hasMessageContaining("parameter 'due' has unknown type 'datetime'");
    }

    @Test
    void refusesModulesMissingRequiredAttributes() {
        assertThatThrownBy(() -> parse("<xhtml-macro name=\"m\" key=\"m\"/>"))
                .hasMessageContaining("<xhtml-macro> needs a 'class' attribute");
        assertThatThrownBy(() -> parse("<servlet key=\"s\" class=\"x.S\"/>"))
                .hasMessageContaining("has no <url-pattern>");
    }

    @Test
    void refusesUnfilteredMavenProperties() {
        assertThatThrownBy(() -> parse("<xhtml-macro name=\"m\" key=\"m\" class=\"${macro.class}\"/>"))
                .hasMessageContaining("unfiltered Maven property");
    }

    @Test
    void refusesMalformedXml() {
        assertThatThrownBy(() -> parse("<xhtml-macro name=\"m\""))
                .hasMessageContaining("does not parse");
    }
}
