// Confluence's Active Objects names: tables AO_<6 hex of MD5(namespace)>_ENTITY_NAME, columns UPPER_SNAKE.
package io.followthrough.devhost.ao;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.schema.AccessorFieldNameResolver;
import net.java.ao.schema.Case;
import net.java.ao.schema.FieldNameResolver;
import net.java.ao.schema.GetterFieldNameResolver;
import net.java.ao.schema.IgnoredFieldNameResolver;
import net.java.ao.schema.IsAFieldNameResolver;
import net.java.ao.schema.MutatorFieldNameResolver;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.NullFieldNameResolver;
import net.java.ao.schema.PrimaryKeyFieldNameResolver;
import net.java.ao.schema.RelationalFieldNameResolver;
import net.java.ao.schema.SetterFieldNameResolver;
import net.java.ao.schema.TableAnnotationTableNameConverter;
import net.java.ao.schema.TableNameConverter;
import net.java.ao.schema.UnderscoreFieldNameConverter;
import net.java.ao.schema.UnderscoreTableNameConverter;

/**
 * The names equal those of AO's own {@code AtlassianTableNameConverter} and
 * {@code AtlassianFieldNameConverter}, but the table and column converters here do not refuse long
 * names themselves: {@link EntityNameRules} does, when an entity is migrated, with a message that
 * says which entity and name. Index, unique, sequence and trigger names use AO's Atlassian
 * converters, which shorten them to 30 characters as Confluence does.
 */
public final class AtlassianNaming {

    private static final int HASH_CHARACTERS = 6;

    private AtlassianNaming() {
    }

    /**
     * {@code AO_} + the last six hex digits of MD5(namespace), upper case, + {@code _}; e.g.
     * {@code AO_28BE2D_} for {@code com.atlassian.example.ao.myplugin}, Atlassian's documented example.
     */
    public static String tablePrefix(String namespace) {
        String hex = HexFormat.of().formatHex(md5(namespace.getBytes(StandardCharsets.UTF_8)));
        return "AO_" + hex.substring(hex.length() - HASH_CHARACTERS).toUpperCase(Locale.ROOT) + "_";
    }

    static NameConverters nameConverters(String namespace) {
        String prefix = tablePrefix(namespace);
        UnderscoreTableNameConverter upperSnake = new UnderscoreTableNameConverter(Case.UPPER);
        TableNameConverter baseName = new TableAnnotationTableNameConverter(upperSnake, upperSnake);
        TableNameConverter tables = entity -> prefix + baseName.getName(entity);
        // Same resolvers, in the same order, as AO's Atlassian converter: explicit names are upper-snaked too.
        UnderscoreFieldNameConverter columns = new UnderscoreFieldNameConverter(Case.UPPER, List.of(
                new IgnoredFieldNameResolver(),
                new RelationalFieldNameResolver(),
                new UpperSnaked(new MutatorFieldNameResolver()),
                new UpperSnaked(new AccessorFieldNameResolver()),
                new UpperSnaked(new PrimaryKeyFieldNameResolver()),
                new GetterFieldNameResolver(),
                new SetterFieldNameResolver(),
                new IsAFieldNameResolver(),
                new NullFieldNameResolver()));
        return new SimpleNameConverters(tables, columns, new AtlassianSequenceNameConverter(),
                new AtlassianTriggerNameConverter(), new AtlassianIndexNameConverter(), new AtlassianUniqueNameConverter());
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides MD5", e);
        }
    }

    /** Lets a resolver's explicit name (from @Accessor, @Mutator, @PrimaryKey) be converted to UPPER_SNAKE. */
    private record UpperSnaked(FieldNameResolver resolver) implements FieldNameResolver {
        @Override
        public boolean accept(Method method) {
            return resolver.accept(method);
        }

        @Override
        public String resolve(Method method) {
            return resolver.resolve(method);
        }

        @Override
        public boolean transform() {
            return true;
        }
    }
}
