// Checks the allowlist rules: entry format, global types, and entries on supertypes.
package io.followthrough.devhost.velocity;

import io.followthrough.devhost.i18n.HostI18n;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MethodAllowlistTest {

    private final MethodAllowlist none = new MethodAllowlist(Set.of());

    @Test
    void entryNamesTheDeclaringTypeAndFullyQualifiedParameterTypes() throws Exception {
        assertThat(MethodAllowlist.entryOf(String.class.getMethod("substring", int.class, int.class)))
                .isEqualTo("java.lang.String#substring(int,int)");
        assertThat(MethodAllowlist.entryOf(HostI18n.class.getMethod("getText", String.class, Serializable[].class)))
                .isEqualTo("io.followthrough.devhost.i18n.HostI18n#getText(java.lang.String,java.io.Serializable[])");
    }

    @Test
    void methodOfAGlobalInterfaceIsAllowedOnAnImplementation() throws Exception {
        assertThat(none.allows(HashMap.class, HashMap.class.getMethod("get", Object.class))).isTrue();
    }

    @Test
    void staticMethodsOfGlobalTypesAreNotAllowed() throws Exception {
        assertThat(none.allows(Integer.class, Integer.class.getMethod("getInteger", String.class))).isFalse();
    }

    @Test
    void pluginClassMethodsNeedAnEntry() throws Exception {
        assertThat(none.allows(SampleView.class, SampleView.class.getMethod("getTitle"))).isFalse();
    }

    @Test
    void entryOnAnInterfaceAllowsTheMethodOnItsImplementations() throws Exception {
        MethodAllowlist allowlist = new MethodAllowlist(Set.of("java.lang.Iterable#iterator()"));

        assertThat(allowlist.allows(SampleView.class, SampleView.class.getMethod("iterator"))).isTrue();
    }

    @Test
    void spacesInAnEntryAreTolerated() throws Exception {
        MethodAllowlist allowlist = new MethodAllowlist(
                Set.of(" io.followthrough.devhost.velocity.SampleView#shout( java.lang.String ) "));

        assertThat(allowlist.allows(SampleView.class, SampleView.class.getMethod("shout", String.class))).isTrue();
    }

    @Test
    void malformedEntryIsRejected() {
        assertThatThrownBy(() -> new MethodAllowlist(Set.of("io.followthrough.devhost.velocity.SampleView.getTitle()")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SampleView.getTitle()");
    }
}
