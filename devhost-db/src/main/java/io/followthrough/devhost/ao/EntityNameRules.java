// Refuses entities whose generated names Confluence would refuse: longer than 30 characters, or Oracle-reserved column names.
package io.followthrough.devhost.ao;

import java.util.Set;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DatabaseProvider;
import net.java.ao.RawEntity;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.SchemaGenerator;
import net.java.ao.schema.ddl.DDLField;
import net.java.ao.schema.ddl.DDLTable;

final class EntityNameRules {

    static final int MAX_NAME_LENGTH = 30;
    // The words Confluence's Active Objects validator refuses as column names (Oracle-reserved).
    private static final Set<String> RESERVED_COLUMN_NAMES = Set.of("BLOB", "CLOB", "NUMBER", "ROWID", "TIMESTAMP", "VARCHAR2");

    private final DatabaseProvider provider;
    private final NameConverters names;

    EntityNameRules(DatabaseProvider provider, NameConverters names) {
        this.provider = provider;
        this.names = names;
    }

    /** Checks the table and every column exactly as AO would create them for {@code entity}. */
    void check(Class<? extends RawEntity<?>> entity) {
        DDLTable table = SchemaGenerator.parseInterface(provider, names, entity);
        checkLength(entity, "table name", table.getName());
        for (DDLField field : table.getFields()) {
            checkLength(entity, "column name", field.getName());
            if (RESERVED_COLUMN_NAMES.contains(field.getName())) {
                throw new ActiveObjectsException("Entity " + entity.getName() + ": column name " + field.getName()
                        + " is reserved in Oracle, which Confluence supports; rename the accessor or set @Accessor/@Mutator");
            }
        }
    }

    private static void checkLength(Class<?> entity, String what, String name) {
        if (name.length() > MAX_NAME_LENGTH) {
            throw new ActiveObjectsException("Entity " + entity.getName() + ": " + what + " " + name + " is "
                    + name.length() + " characters; Confluence allows at most " + MAX_NAME_LENGTH);
        }
    }
}
