// Tests that table and column names follow Atlassian's documented Active Objects naming.
package io.followthrough.devhost.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.schema.NameConverters;
import org.junit.jupiter.api.Test;

class AtlassianNamingTest {

    @Test
    void thePrefixOfTheFollowThroughNamespaceIsTheLastSixHexDigitsOfItsMd5() throws Exception {
        byte[] digest = MessageDigest.getInstance("MD5").digest("io.followthrough".getBytes(StandardCharsets.UTF_8));
        String hex = String.format("%032x", new BigInteger(1, digest));

        assertThat(AtlassianNaming.tablePrefix("io.followthrough"))
                .isEqualTo("AO_" + hex.substring(26).toUpperCase() + "_")
                .isEqualTo("AO_5033A6_");
    }

    @Test
    void atlassiansDocumentedExampleGetsItsDocumentedTableName() {
        NameConverters names = AtlassianNaming.nameConverters("com.atlassian.example.ao.myplugin");

        assertThat(names.getTableNameConverter().getName(MyObject.class)).isEqualTo("AO_28BE2D_MY_OBJECT");
    }

    @Test
    void aTableAnnotationNamesTheTableAfterThePrefix() {
        NameConverters names = AtlassianNaming.nameConverters("io.followthrough");

        assertThat(names.getTableNameConverter().getName(AoNote.class)).isEqualTo("AO_5033A6_NOTE");
    }

    @Test
    void columnsAreTheGetterNamesInUpperSnakeCase() throws Exception {
        NameConverters names = AtlassianNaming.nameConverters("io.followthrough");

        assertThat(names.getFieldNameConverter().getName(AoNote.class.getMethod("getMacroId"))).isEqualTo("MACRO_ID");
        assertThat(names.getFieldNameConverter().getName(MyObject.class.getMethod("getDueDate"))).isEqualTo("DUE_ON");
    }

    @Test
    void namesEqualThoseOfAosOwnAtlassianConverters() {
        String prefix = AtlassianNaming.tablePrefix("io.followthrough");
        NameConverters names = AtlassianNaming.nameConverters("io.followthrough");
        AtlassianTableNameConverter aoTables = new AtlassianTableNameConverter(name -> prefix + name);
        AtlassianFieldNameConverter aoColumns = new AtlassianFieldNameConverter();

        for (Class<? extends RawEntity<?>> entity : List.of(AoNote.class, MyObject.class, AoTableNameAtLimit.class)) {
            assertThat(names.getTableNameConverter().getName(entity)).isEqualTo(aoTables.getName(entity));
            for (Method method : entity.getMethods()) {
                assertThat(names.getFieldNameConverter().getName(method))
                        .as(method.toString())
                        .isEqualTo(aoColumns.getName(method));
            }
        }
        assertThat(Arrays.stream(AoNote.class.getMethods()).map(names.getFieldNameConverter()::getName))
                .contains("ID", "MACRO_ID", "TITLE", "WEIGHT");
    }
}
