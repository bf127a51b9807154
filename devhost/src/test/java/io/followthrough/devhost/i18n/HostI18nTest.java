// Checks that plugin i18n bundles resolve, format and fall back as in Confluence.
package io.followthrough.devhost.i18n;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostI18nTest {

    private final URLClassLoader plugin = new URLClassLoader(
            new URL[] {HostI18nTest.class.getResource("/velocity/plugin/")}, null);

    @AfterEach
    void closeLoader() throws IOException {
        plugin.close();
    }

    private HostI18n english() {
        return new HostI18n(plugin, List.of("i18n/followthrough"));
    }

    @Test
    void textIsReadFromTheBaseBundle() {
        assertThat(english().getText("ft.title")).isEqualTo("Purpose");
    }

    @Test
    void missingKeyResolvesToTheKeyItself() {
        HostI18n i18n = english();

        assertThat(i18n.getText("ft.nope")).isEqualTo("ft.nope");
        assertThat(i18n.getText("ft.nope", "x")).isEqualTo("ft.nope");
        assertThat(i18n.has("ft.nope")).isFalse();
    }

    @Test
    void argumentsAreFormattedWithMessageFormat() {
        assertThat(english().getText("ft.greeting", "Ada", 3)).isEqualTo("Hello Ada, you have 3 open items");
    }

    @Test
    void doubledApostropheBecomesOneWhenTheTextTakesArguments() {
        assertThat(english().getText("ft.quote.args", "lunch")).isEqualTo("Don't forget lunch");
    }

    @Test
    void textWithoutArgumentsKeepsItsApostrophe() {
        HostI18n i18n = english();

        assertThat(i18n.getText("ft.quote")).isEqualTo("Don't worry");
        assertThat(i18n.getText("ft.quote", new Serializable[0])).isEqualTo("Don't worry");
    }

    @Test
    void listArgumentsFormatLikeVarargs() {
        assertThat(english().getText("ft.greeting", List.of("Ada", 3))).isEqualTo("Hello Ada, you have 3 open items");
    }

    @Test
    void rawTextIsNotFormatted() {
        assertThat(english().getRawText("ft.quote.args")).isEqualTo("Don''t forget {0}");
    }

    @Test
    void localeBundleOverridesTheBaseBundle() {
        HostI18n german = new HostI18n(plugin, List.of("i18n/followthrough"), Locale.GERMANY);

        assertThat(german.getText("ft.title")).isEqualTo("Zweck");
        assertThat(german.getText("ft.greeting", "Ada", 2)).isEqualTo("Hallo Ada, du hast 2 offene Punkte");
    }

    @Test
    void keyMissingFromTheLocaleBundleFallsBackToTheBaseBundle() {
        HostI18n german = new HostI18n(plugin, List.of("i18n/followthrough"), Locale.GERMAN);

        assertThat(german.getText("ft.only.base")).isEqualTo("Only in English");
    }

    @Test
    void utf8BundlesAreReadAsUtf8() {
        HostI18n german = new HostI18n(plugin, List.of("i18n/followthrough"), Locale.GERMAN);

        assertThat(german.getText("ft.size")).isEqualTo("Gr\u00f6\u00dfe");
    }

    @Test
    void firstBundleWinsAndLaterBundlesAddTheirKeys() {
        HostI18n i18n = new HostI18n(plugin, List.of("i18n/followthrough", "/i18n/extra"));

        assertThat(i18n.getText("ft.title")).isEqualTo("Purpose");
        assertThat(i18n.getText("ft.extra")).isEqualTo("From the second bundle");
    }

    @Test
    void keysListsEveryKeyOfEveryBundle() {
        HostI18n i18n = new HostI18n(plugin, List.of("i18n/followthrough", "i18n/extra"));

        assertThat(i18n.keys()).contains("ft.title", "ft.quote", "ft.extra").hasSize(7);
        assertThat(i18n.has("ft.extra")).isTrue();
    }

    @Test
    void missingBundleFailsNamingTheResource() {
        assertThatThrownBy(() -> new HostI18n(plugin, List.of("i18n/absent")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("i18n/absent.properties");
    }
}
