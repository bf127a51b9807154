// Test entity whose generated index name would be far longer than 30 characters before AO shortens it.
package io.followthrough.devhost.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Table;

@Table("IndexedThings")
public interface AoLongIndexName extends Entity {

    @Indexed
    String getMacroIdentifierOfTheOwner();

    void setMacroIdentifierOfTheOwner(String identifier);
}
